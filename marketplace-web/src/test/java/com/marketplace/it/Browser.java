package com.marketplace.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Headless Debian Chromium through chromedriver, with all its files under {@code target/}. */
public final class Browser {

  private Browser() {}

  /**
   * What the browser reported as refused by the pages' Content-Security-Policy since the last call
   * (the browser's log is read once).
   */
  public static List<String> contentSecurityViolations(WebDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
        .toList();
  }

  public static ChromeDriver start() {
    return start(new ChromeOptions());
  }

  /**
   * A phone's screen: {@code width} × {@code height} CSS pixels, touch, and a mobile viewport (the
   * page's viewport meta counts, scroll bars take no room). Headless windows cannot be made that
   * narrow, so the device is emulated; the window stays as wide as ever.
   */
  public static ChromeDriver phone(int width, int height) {
    var options = new ChromeOptions();
    options.setExperimentalOption(
        "mobileEmulation",
        Map.of(
            "deviceMetrics",
            Map.of(
                "width",
                width,
                "height",
                height,
                "pixelRatio",
                1.0,
                "mobile",
                true,
                "touch",
                true)));
    return start(options);
  }

  private static ChromeDriver start(ChromeOptions options) {
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
      var logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
      var driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return driver;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
