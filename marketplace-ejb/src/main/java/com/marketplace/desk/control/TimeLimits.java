package com.marketplace.desk.control;

import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.TimeAllowance;
import java.time.Instant;
import java.util.Optional;

/**
 * What limits the time tracked on a project beyond the desk's own rules: a feature built on the
 * desk that pays for a project's time (an hourly contract's weekly escrow) answers for its
 * projects. The desk asks each one it finds and knows nothing of who answers, as it knows nothing
 * of contracts' weeks.
 */
public interface TimeLimits {

  /**
   * The allowance time starting at {@code start} on the project counts against, or empty when this
   * limits nothing there. Called inside the transaction that records the time; it may lock what it
   * reads, so the time and its limit cannot change apart.
   */
  Optional<TimeAllowance> at(Project project, Instant start);
}
