package com.marketplace.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.InvalidElementStateException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser, driven only through conditions that find their element again on every poll.
 *
 * <p>Faces Ajax, the refreshes a moved pulse sets off and every full page load replace parts of the
 * page at any moment, so an element found an instant ago may be gone (stale), or may still be the
 * old page's. Nothing here keeps an element across two steps: each read, click or keystroke finds
 * its element by locator within one poll, a stale, covered or not yet usable element is found again
 * on the next poll, and a read answers only once the text is the expected one. Every click names
 * the state it leads to and waits for it, so the next step starts on the page it expects.
 */
final class Screen {

  /** Generous: the build machine's two cores are shared with the server and the database. */
  static final Duration PATIENCE = Duration.ofSeconds(30);

  private final WebDriver driver;
  private final WebDriverWait wait;

  Screen(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(250));
    // not found (the default), replaced by a re-render, covered, hidden or disabled for a moment
    wait.ignoring(StaleElementReferenceException.class);
    wait.ignoring(InvalidElementStateException.class);
  }

  WebDriver driver() {
    return driver;
  }

  /** Waits until the condition answers something other than null or false, and answers that. */
  <T> T until(Function<? super WebDriver, T> condition) {
    try {
      return wait.until(
          d -> {
            try {
              return condition.apply(d);
            } catch (WebDriverException e) {
              if (replaced(e)) {
                return null; // read again on the next try
              }
              throw e;
            }
          });
    } catch (TimeoutException e) {
      throw new TimeoutException(e.getMessage() + "\nOn " + whereAmI(), e);
    }
  }

  /**
   * Chromium's way of saying an element was replaced by a re-render between finding it and reading
   * it (an Ajax update of the messages, say): not a stale reference to Selenium, the same to us.
   */
  static boolean replaced(WebDriverException e) {
    String message = e.getMessage();
    return message != null && message.contains("does not belong to the document");
  }

  /** The address and the start of the text of the page, for a wait that timed out. */
  private String whereAmI() {
    try {
      String text = driver.findElement(By.tagName("body")).getText();
      return driver.getCurrentUrl()
          + ": "
          + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text);
    } catch (WebDriverException unreadable) {
      return driver.getCurrentUrl() + " (page unreadable: " + unreadable.getMessage() + ")";
    }
  }

  /**
   * Loads the address, again while the browser shows its own error page for a connection closed
   * without an answer: Micro drops one at times just after the browser left a page with a request
   * still open (its log shows Grizzly failing on that aborted request). A GET may be repeated; a
   * click that posts a form is not.
   */
  void open(String url) {
    until(
        d -> {
          d.get(url);
          return !Boolean.TRUE.equals(
              ((JavascriptExecutor) d)
                  .executeScript("return location.href.startsWith('chrome-error:');"));
        });
  }

  /**
   * Clicks the element (found again and clicked again while it is stale, covered or not yet
   * clickable), then waits for the state the click leads to, and answers what that state showed.
   */
  <T> T click(By target, Function<? super WebDriver, T> then) {
    until(
        d -> {
          d.findElement(target).click();
          return true;
        });
    return until(then);
  }

  /**
   * Presses a visible, enabled element through its own click(), not at a screen position: for
   * controls below content that pushes grow at any moment, where the position Chromium checked may
   * hold another element an instant later. Then waits for the state the press leads to.
   */
  <T> T press(By target, Function<? super WebDriver, T> then) {
    until(
        d -> {
          WebElement e = d.findElement(target);
          if (!e.isDisplayed() || !e.isEnabled()) {
            return false;
          }
          ((JavascriptExecutor) d).executeScript("arguments[0].click();", e);
          return true;
        });
    return until(then);
  }

  /** Replaces the field's content by the text, again until the field holds exactly that text. */
  void type(By field, String text) {
    until(
        d -> {
          WebElement e = d.findElement(field);
          e.clear();
          e.sendKeys(text);
          return text.equals(e.getDomProperty("value"));
        });
  }

  /** Chooses the file in a file field (once: a field that holds a file is left alone). */
  void attach(By field, Path file) {
    String name = file.getFileName().toString();
    until(
        d -> {
          WebElement e = d.findElement(field);
          String value = e.getDomProperty("value");
          if (value == null || value.isEmpty()) {
            e.sendKeys(file.toAbsolutePath().toString());
            value = e.getDomProperty("value");
          }
          return value != null && value.endsWith(name);
        });
  }

  void select(By menu, String value) {
    until(
        d -> {
          var select = new Select(d.findElement(menu));
          select.selectByValue(value);
          return value.equals(select.getFirstSelectedOption().getDomProperty("value"));
        });
  }

  /** Ticks or clears a checkbox, or picks a radio button, until it is in that state. */
  void check(By box, boolean selected) {
    until(
        d -> {
          WebElement e = d.findElement(box);
          if (e.isSelected() != selected) {
            e.click();
          }
          return e.isSelected() == selected;
        });
  }

  /** The element's text once it satisfies {@code done}; {@code expected} says what was awaited. */
  String text(By where, Predicate<String> done, String expected) {
    return until(shows(where, WebElement::getText, done, expected));
  }

  /** Waits until the element's text is exactly {@code expected}. */
  void textIs(By where, String expected) {
    until(textOf(where, expected));
  }

  /** The text of the page's first error message that contains {@code part}. */
  String error(String part) {
    return until(message("message-error", part));
  }

  /** The text of the page's first confirmation that contains {@code part}. */
  String info(String part) {
    return until(message("message-info", part));
  }

  /** Loads the page again and again until it satisfies the condition (for pages not pushed to). */
  void reloadUntil(Function<? super WebDriver, Boolean> condition) {
    until(
        d -> {
          if (Boolean.TRUE.equals(condition.apply(d))) {
            return true;
          }
          d.navigate().refresh();
          return false;
        });
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The element's text is exactly {@code expected}; the last text seen goes in a timeout. */
  static ExpectedCondition<String> textOf(By where, String expected) {
    return shows(where, Screen::readable, expected::equals, "to be \"" + expected + "\"");
  }

  /** The element's text contains {@code part}; the last text seen goes in a timeout. */
  static ExpectedCondition<String> textContaining(By where, String part) {
    return shows(where, Screen::readable, t -> t.contains(part), "to contain \"" + part + "\"");
  }

  /**
   * An element's text as people read it: amounts in some locales hold non-breaking spaces ("450,00
   * €"), compared as plain ones.
   */
  static String readable(WebElement element) {
    return element.getText().replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  /**
   * A reading of the element, found again on each poll, that holds once it satisfies {@code done};
   * it answers the reading, and a timeout says the last one seen.
   */
  static <T> ExpectedCondition<T> shows(
      By where, Function<WebElement, T> reading, Predicate<T> done, String expected) {
    return new ExpectedCondition<>() {
      private Object last = "nothing yet";

      @Override
      public T apply(WebDriver d) {
        T value = reading.apply(d.findElement(where));
        last = value;
        return value != null && done.test(value) ? value : null;
      }

      @Override
      public String toString() {
        return where + " " + expected + " (last seen: \"" + last + "\")";
      }
    };
  }

  /** A Faces message of the severity's class containing {@code part}: answers its text. */
  static ExpectedCondition<String> message(String severityClass, String part) {
    By messages = By.cssSelector("#messages ." + severityClass);
    return new ExpectedCondition<>() {
      private List<String> last = List.of();

      @Override
      public String apply(WebDriver d) {
        last = d.findElements(messages).stream().map(WebElement::getText).toList();
        return last.stream().filter(t -> t.contains(part)).findFirst().orElse(null);
      }

      @Override
      public String toString() {
        return "a " + severityClass + " containing \"" + part + "\" (last seen: " + last + ")";
      }
    };
  }

  /** The number a badge shows, or 0 while it is not shown. */
  static int badge(WebDriver d, By where) {
    var found = d.findElements(where);
    return found.isEmpty() ? 0 : Integer.parseInt(found.get(0).getText().trim());
  }
}
