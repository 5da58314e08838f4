package com.marketplace.conversations.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConversationTest {

  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  static final long CLIENT = 10;
  static final long FREELANCER = 20;
  static final long OWNER = 30;

  final Conversation c = new Conversation(ContextType.JOB, 1, CLIENT, FREELANCER, "Logo", NOW);

  @Test
  void aMessageIsUnreadForTheOtherParticipantUntilTheyMarkIt() {
    c.posted(5, FREELANCER, NOW);
    c.posted(6, FREELANCER, NOW);
    assertThat(c.isUnread(CLIENT, 5, FREELANCER)).isTrue();
    assertThat(c.isUnread(FREELANCER, 5, FREELANCER)).as("one's own message").isFalse();

    c.read(CLIENT, 5);
    assertThat(c.isUnread(CLIENT, 5, FREELANCER)).isFalse();
    assertThat(c.isUnread(CLIENT, 6, FREELANCER)).as("shown later, still unread").isTrue();
  }

  @Test
  void markingReadNeverGoesBack() {
    c.posted(5, FREELANCER, NOW);
    c.posted(6, FREELANCER, NOW);
    c.read(CLIENT, 6);
    c.read(CLIENT, 5);
    assertThat(c.isUnread(CLIENT, 6, FREELANCER)).isFalse();
  }

  @Test
  void nothingIsUnreadForSomeoneOutsideAndTheirReadingMarksNothing() {
    c.posted(5, FREELANCER, NOW);
    c.read(OWNER, 5);
    assertThat(c.isUnread(OWNER, 5, FREELANCER)).isFalse();
    assertThat(c.isUnread(CLIENT, 5, FREELANCER)).isTrue();
  }
}
