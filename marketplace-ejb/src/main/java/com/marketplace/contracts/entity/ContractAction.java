package com.marketplace.contracts.entity;

import static com.marketplace.contracts.entity.ContractStatus.COMPLETED;
import static com.marketplace.contracts.entity.ContractStatus.DISPUTED;
import static com.marketplace.contracts.entity.ContractStatus.IN_PROGRESS;
import static com.marketplace.contracts.entity.ContractStatus.OPEN;
import static com.marketplace.contracts.entity.ContractStatus.UNDER_REVIEW;
import static com.marketplace.contracts.entity.Party.CLIENT;
import static com.marketplace.contracts.entity.Party.FREELANCER;
import static com.marketplace.contracts.entity.Party.OWNER;
import static com.marketplace.contracts.entity.Party.TIMER;

import com.marketplace.platform.AccessDeniedException;
import com.marketplace.platform.ConflictException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The lifecycle's transitions: from which states, by whom. */
public enum ContractAction {
  ADD_MILESTONE("add a milestone", EnumSet.of(OPEN, IN_PROGRESS, UNDER_REVIEW), EnumSet.of(CLIENT)),
  FUND("fund a milestone", EnumSet.of(OPEN, IN_PROGRESS, UNDER_REVIEW), EnumSet.of(CLIENT)),
  SUBMIT("submit work", EnumSet.of(IN_PROGRESS), EnumSet.of(FREELANCER)),
  APPROVE("approve the work", EnumSet.of(UNDER_REVIEW), EnumSet.of(CLIENT, TIMER)),
  REQUEST_CHANGES("request changes", EnumSet.of(UNDER_REVIEW), EnumSet.of(CLIENT)),
  DISPUTE("open a dispute", EnumSet.of(IN_PROGRESS, UNDER_REVIEW), EnumSet.of(CLIENT, FREELANCER)),
  RESOLVE("resolve the dispute", EnumSet.of(DISPUTED), EnumSet.of(OWNER)),
  CANCEL("cancel by agreement", EnumSet.of(OPEN, IN_PROGRESS), EnumSet.of(CLIENT, FREELANCER)),
  REVIEW("leave a review", EnumSet.of(COMPLETED), EnumSet.of(CLIENT, FREELANCER));

  private final String label;
  private final Set<ContractStatus> from;
  private final Set<Party> by;

  ContractAction(String label, Set<ContractStatus> from, Set<Party> by) {
    this.label = label;
    this.from = from;
    this.by = by;
  }

  public String label() {
    return label;
  }

  public boolean allowedIn(ContractStatus status) {
    return from.contains(status);
  }

  public boolean allowedFor(Party party) {
    return by.contains(party);
  }

  /** Refuses the action unless this party may take it in this state, saying what is possible. */
  public void require(ContractStatus status, Party party) {
    if (!allowedFor(party)) {
      throw new AccessDeniedException("Only " + who() + " can " + label + ".");
    }
    if (!allowedIn(status)) {
      throw new ConflictException(
          "This contract is "
              + status.label().toLowerCase(Locale.ROOT)
              + ": you cannot "
              + label
              + " now. "
              + possibleIn(status));
    }
  }

  /** "Possible now: submit work (the freelancer), open a dispute (…)." */
  public static String possibleIn(ContractStatus status) {
    String possible =
        Arrays.stream(values())
            .filter(a -> a.allowedIn(status))
            .map(a -> a.label() + " (" + a.who() + ")")
            .collect(Collectors.joining(", "));
    return possible.isEmpty()
        ? "Nothing more can be done on it."
        : "Possible now: " + possible + ".";
  }

  /** "the client or the freelancer" */
  public String who() {
    return by.stream()
        .filter(p -> p != TIMER)
        .map(Party::label)
        .collect(Collectors.joining(" or "));
  }
}
