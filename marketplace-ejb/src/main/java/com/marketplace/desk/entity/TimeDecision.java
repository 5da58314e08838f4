package com.marketplace.desk.entity;

import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Texts;

/**
 * A decision on submitted time: approve (a comment if the client wishes) or reject (a comment
 * saying why is required). The workspace approves by itself after its days of client silence.
 */
public record TimeDecision(Verdict verdict, String comment) {

  /** The longest comment, as the entry and its history keep it. */
  public static final int COMMENT_MAX = 1000;

  public enum Verdict {
    APPROVE,
    REJECT
  }

  public TimeDecision {
    if (verdict == null) {
      throw new InvalidInputException("Say whether you approve or reject the time.");
    }
    comment =
        verdict == Verdict.REJECT
            ? Texts.required(comment, "reason for the rejection", COMMENT_MAX)
            : Texts.optional(comment, "comment", COMMENT_MAX);
  }

  /** The workspace's own approval once the client stayed silent for {@code days}. */
  public static TimeDecision automatic(int days) {
    return new TimeDecision(
        Verdict.APPROVE, "Approved automatically after " + days + (days == 1 ? " day" : " days"));
  }

  public boolean approves() {
    return verdict == Verdict.APPROVE;
  }

  /** The status an entry gets: "Approved" or "Rejected". */
  public TimeEntryStatus outcome() {
    return approves() ? TimeEntryStatus.APPROVED : TimeEntryStatus.REJECTED;
  }
}
