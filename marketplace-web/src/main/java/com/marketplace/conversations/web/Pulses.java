package com.marketplace.conversations.web;

import com.marketplace.conversations.entity.ConversationChanged;
import com.marketplace.notifications.control.NotificationPosted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter per member that moves, once the change is committed, whenever something arrives for
 * them (a message in one of their conversations, a notification). A member's open pages read it
 * every few seconds at {@code /pulse/{key}} ({@link PulseServlet}) and, when it moved, fetch what
 * changed with an ordinary Ajax request: nothing but the number travels.
 *
 * <p>The key is random and known only to the member's pages, so the address needs no session: a
 * page left open neither keeps the session alive nor lets anyone else watch the member's activity.
 * Plain requests rather than a Faces WebSocket: Micro's listener closes an upgraded connection
 * concurrently with the browser leaving the page or the session ending, and that now and then
 * corrupted the next request or answer on a reused connection (a request read as empty, an answer
 * the browser could not parse).
 */
@Named
@ApplicationScoped
public class Pulses {

  /** What a page needs: where to ask, and the count it was rendered at. */
  public static final class Pulse {

    private final String key;
    private final AtomicLong count = new AtomicLong();

    Pulse(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    public long beats() {
      return count.get();
    }
  }

  private final SecureRandom random = new SecureRandom();
  private final Map<Long, Pulse> byMember = new ConcurrentHashMap<>();
  private final Map<String, Pulse> byKey = new ConcurrentHashMap<>();

  /** The member's pulse, made when their first page is rendered. */
  public Pulse of(long memberId) {
    return byMember.computeIfAbsent(
        memberId,
        id -> {
          byte[] bytes = new byte[18];
          random.nextBytes(bytes);
          Pulse pulse = new Pulse(Base64.getUrlEncoder().encodeToString(bytes));
          byKey.put(pulse.key(), pulse);
          return pulse;
        });
  }

  /** The count behind a key, if the key is one this instance gave out. */
  public Optional<Long> beats(String key) {
    return Optional.ofNullable(byKey.get(key)).map(Pulse::beats);
  }

  void messagePosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationChanged e) {
    beat(e.recipientId());
    beat(e.senderId());
  }

  void notificationPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationPosted e) {
    beat(e.memberId());
  }

  /** A member with no page rendered since the start has nothing to tell. */
  void beat(long memberId) {
    Pulse pulse = byMember.get(memberId);
    if (pulse != null) {
      pulse.count.incrementAndGet();
    }
  }
}
