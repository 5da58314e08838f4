package com.marketplace.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium through chromedriver, with all its files under {@code target/}. */
public final class Browser {

  private Browser() {}

  public static ChromeDriver start() {
    try {
      Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
      System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
      var service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File("/usr/bin/chromedriver"))
              .withEnvironment(
                  Map.of(
                      "HOME", home.toString(),
                      "XDG_CONFIG_HOME", home.resolve("config").toString(),
                      "XDG_CACHE_HOME", home.resolve("cache").toString()))
              .build();
      var options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1280,900",
          "--user-data-dir=" + home.resolve("profile"));
      var driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return driver;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
