package com.marketplace.ledger.boundary;

import com.marketplace.ledger.entity.LedgerReceipt;
import com.marketplace.platform.MarketplaceException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The money commands, each in a transaction of its own that is retried when it lost a race: a
 * concurrent replay of the same idempotency key (answered from the winner's entry on retry), a
 * deadlock or a lock wait timeout chosen by the database. No such failure reaches a user.
 *
 * <p>Permitted to any caller of the application, like {@link LedgerCommands}: the boundaries of
 * wallets, contracts and payments check who may move which money before they get here.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Ledger {

  static final int ATTEMPTS = 8;
  private static final Logger LOG = Logger.getLogger(Ledger.class.getName());

  @Inject LedgerCommands commands;

  public LedgerReceipt topUp(
      String key, long memberId, long amount, String currency, String provider, String reference) {
    return retrying(() -> commands.topUp(key, memberId, amount, currency, provider, reference));
  }

  public LedgerReceipt hold(
      String key, long payerMemberId, long amount, String currency, String reference) {
    return retrying(() -> commands.hold(key, payerMemberId, amount, currency, reference));
  }

  public LedgerReceipt release(String key, long holdId, long amount, long payeeMemberId) {
    return retrying(() -> commands.release(key, holdId, amount, payeeMemberId));
  }

  public LedgerReceipt refund(String key, long holdId, long amount) {
    return retrying(() -> commands.refund(key, holdId, amount));
  }

  public LedgerReceipt split(
      String key, long holdId, long toPayee, long toPayer, long payeeMemberId) {
    return retrying(() -> commands.split(key, holdId, toPayee, toPayer, payeeMemberId));
  }

  public LedgerReceipt requestWithdrawal(
      String key, long memberId, long amount, String currency, String reference) {
    return retrying(() -> commands.requestWithdrawal(key, memberId, amount, currency, reference));
  }

  public LedgerReceipt withdrawalPaid(String key, long holdId, String provider) {
    return retrying(() -> commands.withdrawalPaid(key, holdId, provider));
  }

  public LedgerReceipt withdrawalFailed(String key, long holdId) {
    return retrying(() -> commands.withdrawalFailed(key, holdId));
  }

  static LedgerReceipt retrying(Supplier<LedgerReceipt> command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return command.get();
      } catch (MarketplaceException refused) {
        throw refused;
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !lostRace(e)) {
          throw e;
        }
        int tries = attempt;
        LOG.fine(() -> "Retrying a money command after a lost race (attempt " + tries + ")");
        try {
          Thread.sleep((long) (Math.random() * 5 * attempt));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** Unique key taken concurrently (23000), deadlock (40001/1213) or lock wait timeout (1205). */
  static boolean lostRace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("23")
            || state.equals("40001")
            || sql.getErrorCode() == 1213
            || sql.getErrorCode() == 1205) {
          return true;
        }
      }
      if (t instanceof jakarta.persistence.OptimisticLockException
          || t instanceof jakarta.persistence.PessimisticLockException
          || t instanceof jakarta.persistence.LockTimeoutException) {
        return true;
      }
    }
    return false;
  }
}
