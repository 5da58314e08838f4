package com.marketplace.ledger.control;

import com.marketplace.ledger.entity.AccountKind;
import com.marketplace.ledger.entity.JournalEntry;
import com.marketplace.ledger.entity.LedgerAccount;
import com.marketplace.ledger.entity.Posting;
import com.marketplace.platform.ConflictException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes journal entries: finds a command's earlier effect by its idempotency key, locks the
 * accounts an entry touches (ascending ids), checks that the postings balance and applies them to
 * the cached balances. Joins the calling command's transaction.
 */
@Dependent
public class Book {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Clock clock;
  @Inject Accounts accounts;

  /**
   * The id of an account, found in this transaction; only a missing account goes to {@link
   * Accounts} to be opened in a transaction of its own.
   */
  public long open(AccountKind kind, String owner, String currency) {
    return em.createNamedQuery(LedgerAccount.FIND_ID, Long.class)
        .setParameter("kind", kind)
        .setParameter("owner", owner)
        .setParameter("currency", currency)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> accounts.open(kind, owner, currency));
  }

  /** A command's earlier effect; refused when the key was used for a different command. */
  public Optional<JournalEntry> earlier(String idempotencyKey, String fingerprint) {
    Optional<JournalEntry> entry =
        em.createNamedQuery(JournalEntry.BY_KEY, JournalEntry.class)
            .setParameter("key", requireKey(idempotencyKey))
            .getResultStream()
            .findFirst();
    if (entry.isPresent() && !entry.get().getFingerprint().equals(fingerprint)) {
      throw new ConflictException(
          "This idempotency key was already used for a different money command.");
    }
    return entry;
  }

  /** Locks accounts in ascending id order, so concurrent commands never wait in a cycle. */
  public Map<Long, LedgerAccount> lock(Long... accountIds) {
    var ids = new TreeSet<>(List.of(accountIds));
    Map<Long, LedgerAccount> locked = new LinkedHashMap<>();
    em.createNamedQuery(LedgerAccount.LOCK, LedgerAccount.class)
        .setParameter("ids", ids)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(a -> locked.put(a.getId(), a));
    if (locked.size() != ids.size()) {
      throw new IllegalStateException(
          "Ledger accounts missing: " + ids + " found " + locked.keySet());
    }
    return locked;
  }

  /**
   * Writes one entry with its postings (account id → signed amount) and applies them to the locked
   * accounts. The postings must sum to zero and share the entry's currency.
   */
  public JournalEntry post(
      JournalEntry entry, Map<Long, Long> postings, Map<Long, LedgerAccount> locked) {
    long sum = postings.values().stream().mapToLong(Long::longValue).sum();
    if (sum != 0) {
      throw new IllegalStateException("Unbalanced entry " + entry.getType() + ": " + postings);
    }
    em.persist(entry);
    em.flush();
    postings.forEach(
        (accountId, amount) -> {
          if (amount == 0) {
            return;
          }
          LedgerAccount account = locked.get(accountId);
          account.apply(amount);
          em.persist(
              new Posting(
                  entry.getId(), accountId, amount, account.getCurrency(), clock.instant()));
        });
    return entry;
  }

  public static String fingerprint(Object... parts) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      for (Object part : parts) {
        digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0x1f);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String requireKey(String key) {
    if (key == null || key.isBlank() || key.length() > 120) {
      throw new com.marketplace.platform.InvalidInputException(
          "Every money command needs an idempotency key (1 to 120 characters).");
    }
    return key;
  }
}
