package com.marketplace.platform.scan;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ForegroundWorkTest {

  private final ForegroundWork foreground = new ForegroundWork();

  @Test
  void work_is_under_way_until_every_hold_is_closed() {
    assertThat(foreground.underway()).isFalse();

    var first = foreground.begin();
    var second = foreground.begin();
    assertThat(foreground.underway()).isTrue();

    first.close();
    assertThat(foreground.underway()).as("the second still runs").isTrue();
    second.close();
    assertThat(foreground.underway()).isFalse();
  }

  @Test
  void closing_a_hold_twice_ends_only_its_own_work() {
    var mine = foreground.begin();
    var other = foreground.begin();

    mine.close();
    mine.close();

    assertThat(foreground.underway()).isTrue();
    other.close();
    assertThat(foreground.underway()).isFalse();
  }

  @Test
  void a_hold_in_try_with_resources_ends_even_when_the_work_fails() {
    try (var held = foreground.begin()) {
      assertThat(foreground.underway()).isTrue();
      throw new IllegalStateException("the run failed");
    } catch (IllegalStateException expected) {
      assertThat(foreground.underway()).isFalse();
    }
  }

  @Test
  void only_the_thread_that_began_the_work_does_it_until_its_last_hold_is_closed()
      throws Exception {
    var outer = foreground.begin();
    var inner = foreground.begin();
    assertThat(foreground.onThisThread()).isTrue();
    var elsewhere = CompletableFuture.supplyAsync(foreground::onThisThread).get(10, SECONDS);
    assertThat(elsewhere).as("another thread works in the background").isFalse();

    inner.close();
    assertThat(foreground.onThisThread()).as("the outer hold is still open").isTrue();
    outer.close();
    assertThat(foreground.onThisThread()).isFalse();
  }
}
