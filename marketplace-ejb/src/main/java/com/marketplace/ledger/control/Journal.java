package com.marketplace.ledger.control;

import com.marketplace.ledger.entity.AccountKind;
import com.marketplace.ledger.entity.EntryType;
import com.marketplace.ledger.entity.Hold;
import com.marketplace.ledger.entity.HoldPurpose;
import com.marketplace.ledger.entity.LedgerReceipt;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.NotFoundException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * The ledger's tables as one money command reads and writes them: plain SQL on the connection of
 * the command's transaction, every statement bound to the tenant. A command sends exactly the
 * statements it needs (the escrow benchmark sends the same ones by hand to measure what the
 * boundary costs); the entities of {@code ledger.entity} are the read side, for wallets and the
 * audit.
 *
 * <p>Rules that decide whether money may move live in {@link LockedAccount} and {@link LockedHold};
 * this class checks them before it writes anything. A failure of the database comes out as {@link
 * LedgerStorageException} with the driver's exception as its cause, so a command that lost a race
 * can be recognised and retried.
 */
public final class Journal implements AutoCloseable {

  /** What a journal entry records besides its postings. */
  public record Entry(
      EntryType type,
      String reference,
      Long actorId,
      String idempotencyKey,
      String fingerprint,
      Long holdId) {

    /** The same entry, recording the hold it opened. */
    public Entry withHold(long id) {
      return new Entry(type, reference, actorId, idempotencyKey, fingerprint, id);
    }
  }

  /**
   * Accounts that every charge of a workspace posts to — the providers' side of the world and the
   * workspace's subscription revenue — whose ids are remembered once read: a billing run charges
   * thousands of subscriptions into the same two accounts, and an account, once opened, keeps its
   * id for good. Members' and escrow accounts are looked up each time, as they always were.
   */
  private static final Set<AccountKind> SHARED =
      EnumSet.of(AccountKind.WORLD, AccountKind.SUBSCRIPTION_REVENUE);

  private static final int SHARED_IDS_MAX = 10_000;
  private static final ConcurrentMap<String, Long> SHARED_IDS = new ConcurrentHashMap<>();

  private final Statements sql;
  private final long tenantId;
  private final Instant now;
  private final Accounts accounts;
  private final HeldAccounts held;

  Journal(Connection connection, long tenantId, Instant now, Accounts accounts, HeldAccounts held) {
    this.sql = new Statements(connection);
    this.tenantId = tenantId;
    this.now = now;
    this.accounts = accounts;
    this.held = held;
  }

  /** A command's earlier effect; refused when the key was used for a different command. */
  public Optional<LedgerReceipt> earlier(String idempotencyKey, String fingerprint) {
    requireKey(idempotencyKey);
    return sql.query(
        "SELECT id, fingerprint, hold_id FROM journal_entry"
            + " WHERE tenant_id = ? AND idempotency_key = ?",
        rs -> {
          if (!rs.next()) {
            return Optional.empty();
          }
          if (!rs.getString(2).equals(fingerprint)) {
            throw new ConflictException(
                "This idempotency key was already used for a different money command.");
          }
          return Optional.of(new LedgerReceipt(rs.getLong(1), nullableLong(rs, 3), true));
        },
        tenantId,
        idempotencyKey);
  }

  /** Whether a command with this idempotency key took effect, whatever it was. */
  public boolean used(String idempotencyKey) {
    requireKey(idempotencyKey);
    return sql.query(
        "SELECT 1 FROM journal_entry WHERE tenant_id = ? AND idempotency_key = ?",
        ResultSet::next,
        tenantId,
        idempotencyKey);
  }

  /**
   * The id of an account; a missing one is opened by {@link Accounts} in a transaction of its own,
   * so that commands racing to open it both use the one that won.
   */
  public long account(AccountKind kind, String owner, String currency) {
    boolean shared = SHARED.contains(kind);
    String key = shared ? tenantId + "/" + kind + "/" + owner + "/" + currency : null;
    Long known = shared ? SHARED_IDS.get(key) : null;
    if (known != null) {
      return known;
    }
    Optional<Long> id =
        sql.query(
            "SELECT id FROM ledger_account"
                + " WHERE tenant_id = ? AND kind = ? AND owner_ref = ? AND currency = ?",
            rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty(),
            tenantId,
            kind.name(),
            owner,
            currency);
    if (shared && id.isPresent()) {
      if (SHARED_IDS.size() >= SHARED_IDS_MAX) {
        SHARED_IDS.clear();
      }
      SHARED_IDS.put(key, id.get()); // read committed, and accounts are never deleted
    }
    return id.orElseGet(() -> accounts.open(kind, owner, currency));
  }

  /** Locks a hold of the given purpose for the rest of the transaction. */
  public LockedHold lockHold(long holdId, HoldPurpose purpose) {
    return sql.query(
            "SELECT purpose, source_account_id, holding_account_id, currency, remaining, status,"
                + " reference FROM ledger_hold WHERE id = ? AND tenant_id = ? FOR UPDATE",
            rs ->
                rs.next()
                    ? Optional.of(
                        new LockedHold(
                            holdId,
                            HoldPurpose.valueOf(rs.getString(1)),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getString(4),
                            rs.getLong(5),
                            Hold.Status.valueOf(rs.getString(6)),
                            rs.getString(7)))
                    : Optional.<LockedHold>empty(),
            holdId,
            tenantId)
        .filter(h -> h.purpose() == purpose)
        .orElseThrow(() -> new NotFoundException("No such hold."));
  }

  /**
   * Locks accounts in ascending id order, so that concurrent commands never wait for each other in
   * a cycle; accounts the transaction holds already are taken as its last command left them.
   */
  public Map<Long, LockedAccount> lock(Collection<Long> accountIds) {
    var ids = new TreeSet<>(accountIds);
    Map<Long, LockedAccount> locked = new TreeMap<>();
    var missing = new TreeSet<Long>();
    for (Long id : ids) {
      held.get(id).ifPresentOrElse(account -> locked.put(id, account), () -> missing.add(id));
    }
    if (missing.isEmpty()) {
      return locked;
    }
    String marks = missing.stream().map(id -> "?").collect(Collectors.joining(", "));
    Object[] params = new Object[missing.size() + 1];
    params[0] = tenantId;
    int i = 1;
    for (Long id : missing) {
      params[i++] = id;
    }
    Map<Long, LockedAccount> read =
        sql.query(
            "SELECT id, kind, currency, balance FROM ledger_account WHERE tenant_id = ? AND id IN ("
                + marks
                + ") ORDER BY id FOR UPDATE",
            rs -> {
              Map<Long, LockedAccount> rows = new LinkedHashMap<>();
              while (rs.next()) {
                rows.put(
                    rs.getLong(1),
                    new LockedAccount(
                        rs.getLong(1),
                        AccountKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getLong(4)));
              }
              return rows;
            },
            params);
    if (read.size() != missing.size()) {
      throw new IllegalStateException(
          "Ledger accounts missing: " + missing + " found " + read.keySet());
    }
    read.values().forEach(held::hold);
    locked.putAll(read);
    return locked;
  }

  /** Opens a hold of the whole amount; the entry that moves the funds comes with it. */
  public long openHold(
      HoldPurpose purpose,
      long sourceAccountId,
      long holdingAccountId,
      String currency,
      long amount,
      String reference) {
    return sql.insert(
        "INSERT INTO ledger_hold (tenant_id, purpose, source_account_id, holding_account_id,"
            + " currency, amount, remaining, status, reference, created_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        tenantId,
        purpose.name(),
        sourceAccountId,
        holdingAccountId,
        currency,
        amount,
        amount,
        Hold.Status.OPEN.name(),
        reference,
        now);
  }

  /** Takes part (or all) of what a locked hold still holds. */
  public LockedHold take(LockedHold hold, long part) {
    LockedHold taken = hold.take(part);
    sql.update(
        "UPDATE ledger_hold SET remaining = ?, status = ?, version = version + 1"
            + " WHERE id = ? AND tenant_id = ?",
        taken.remaining(),
        taken.status().name(),
        taken.id(),
        tenantId);
    return taken;
  }

  /**
   * Writes one entry with its postings (account id → signed amount) and applies them to the
   * balances of the locked accounts. The postings must sum to zero and be in one currency; every
   * rule is checked before the first row is written.
   */
  public LedgerReceipt post(
      Entry entry, Map<Long, Long> postings, Map<Long, LockedAccount> locked) {
    long sum = postings.values().stream().mapToLong(Long::longValue).sum();
    if (sum != 0) {
      throw new IllegalStateException("Unbalanced entry " + entry.type() + ": " + postings);
    }
    Map<Long, LockedAccount> after = new LinkedHashMap<>();
    postings.forEach(
        (accountId, amount) -> {
          if (amount != 0) {
            after.put(accountId, locked.get(accountId).apply(amount));
          }
        });
    var currencies = after.values().stream().map(LockedAccount::currency).distinct().toList();
    if (currencies.size() != 1) {
      throw new IllegalStateException("An entry moves one currency, not " + currencies);
    }
    String currency = currencies.get(0);
    long entryId =
        sql.insert(
            "INSERT INTO journal_entry (tenant_id, type, reference, actor_id, idempotency_key,"
                + " fingerprint, hold_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            tenantId,
            entry.type().name(),
            entry.reference(),
            entry.actorId(),
            entry.idempotencyKey(),
            entry.fingerprint(),
            entry.holdId(),
            now);
    var rows = new StringBuilder();
    Object[] params = new Object[after.size() * 6];
    int i = 0;
    for (var account : after.values()) {
      rows.append(rows.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
      params[i++] = tenantId;
      params[i++] = entryId;
      params[i++] = account.id();
      params[i++] = postings.get(account.id());
      params[i++] = currency;
      params[i++] = now;
    }
    sql.update(
        "INSERT INTO posting (tenant_id, entry_id, account_id, amount, currency, created_at)"
            + " VALUES "
            + rows,
        params);
    // every account's new balance in one statement (their rows are locked already), written only
    // over the balance the command read: anything else means the account moved otherwise
    var cases = new StringBuilder();
    var ids = new StringBuilder();
    var read = new StringBuilder();
    Object[] balances = new Object[after.size() * 5 + 1];
    int b = 0;
    for (var account : after.values()) {
      cases.append(" WHEN ? THEN ?");
      balances[b++] = account.id();
      balances[b++] = account.balance();
    }
    balances[b++] = tenantId;
    for (var account : after.values()) {
      ids.append(ids.isEmpty() ? "?" : ", ?");
      balances[b++] = account.id();
    }
    for (var account : after.values()) {
      read.append(" WHEN ? THEN ?");
      balances[b++] = account.id();
      balances[b++] = locked.get(account.id()).balance();
    }
    int written =
        sql.update(
            "UPDATE ledger_account SET balance = CASE id"
                + cases
                + " END, version = version + 1 WHERE tenant_id = ? AND id IN ("
                + ids
                + ") AND balance = CASE id"
                + read
                + " END",
            balances);
    if (written != after.size()) {
      throw new IllegalStateException(
          "Ledger accounts " + after.keySet() + " moved while " + entry.type() + " held them");
    }
    after.values().forEach(held::hold);
    return new LedgerReceipt(entryId, entry.holdId(), false);
  }

  /** Gives the connection back; the transaction it belongs to goes on. */
  @Override
  public void close() {
    sql.close();
  }

  private static Long nullableLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static void requireKey(String key) {
    if (key == null || key.isBlank() || key.length() > 120) {
      throw new InvalidInputException(
          "Every money command needs an idempotency key (1 to 120 characters).");
    }
  }
}
