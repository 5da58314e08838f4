package com.marketplace.payments.web;

import com.marketplace.ledger.entity.AuditReport;
import com.marketplace.payments.boundary.PaymentFigures;
import com.marketplace.payments.boundary.Wallets;
import com.marketplace.payments.entity.CardNumber;
import com.marketplace.payments.entity.PaymentView;
import com.marketplace.payments.entity.ProviderPayment;
import com.marketplace.payments.entity.WalletSummary;
import com.marketplace.payments.entity.Withdrawal;
import com.marketplace.platform.Money;
import com.marketplace.tenancy.web.Workspace;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's wallet over the API (W6, W7): balances, card top-ups and withdrawals, each under the
 * client's idempotency key; the owner also reads the ledger audit. A key belongs to the member who
 * sent it: sent again it answers with the same payment (also while the first request is still
 * running), and sent with another amount, card or payout account it is refused (409).
 */
@Path("wallet")
@Tag(name = "Wallet")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WalletResource {

  @Inject Wallets wallets;
  @Inject PaymentFigures figures;
  @Inject Workspace workspace;

  public record TopUpRequest(
      @Size(max = ProviderPayment.KEY_MAX) String key,
      @NotNull @Positive @Max(Money.MAX_MINOR_UNITS) Long amount,
      @Size(max = CardNumber.TYPED_MAX) String card) {}

  public record WithdrawalRequest(
      @Size(max = ProviderPayment.KEY_MAX) String key,
      @NotNull @Positive @Max(Money.MAX_MINOR_UNITS) Long amount,
      @Size(max = Withdrawal.ACCOUNT_MAX) String payoutAccount) {}

  @GET
  public WalletSummary summary() {
    return wallets.summary();
  }

  @POST
  @Path("top-ups")
  public PaymentView topUp(@Valid @NotNull TopUpRequest request) {
    return wallets.topUp(request.key(), workspace.money(request.amount()), request.card());
  }

  @POST
  @Path("withdrawals")
  public PaymentView withdraw(@Valid @NotNull WithdrawalRequest request) {
    return wallets.withdraw(
        request.key(), workspace.money(request.amount()), request.payoutAccount());
  }

  @GET
  @Path("audit")
  public AuditReport audit() {
    return figures.audit();
  }
}
