package com.marketplace.desk.entity;

import com.marketplace.platform.ConflictException;
import jakarta.ejb.ApplicationException;
import java.time.Instant;

/**
 * A timer was asked to start while another of the same member runs: the member stops that one
 * first, or asks to stop it and start the new one in one step. Pages offer that step.
 */
@ApplicationException(rollback = true)
public class TimerAlreadyRunning extends ConflictException {

  private static final long serialVersionUID = 1L;

  private final TimerView running;

  public TimerAlreadyRunning(TimerView running, TimeWording wording, Instant now) {
    super(
        "A timer is already running on “"
            + running.projectName()
            + "” since "
            + wording.moment(running.startedAt(), now)
            + ": stop it first, or stop it and start this one.");
    this.running = running;
  }

  /** The timer that runs. */
  public TimerView running() {
    return running;
  }
}
