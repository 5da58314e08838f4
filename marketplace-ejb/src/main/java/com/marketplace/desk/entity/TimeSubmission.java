package com.marketplace.desk.entity;

import java.util.List;

/**
 * What a submission handed in for approval ({@code submitted}; entries submitted or decided already
 * are left out silently), and the projects whose time it left out because nobody could approve it:
 * their client is not linked to a client member of the workspace.
 */
public record TimeSubmission(List<TimeEntryView> submitted, List<String> withoutApprover) {

  public TimeSubmission {
    submitted = List.copyOf(submitted);
    withoutApprover = List.copyOf(withoutApprover);
  }
}
