package com.marketplace.invoicing.entity;

import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.platform.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A payment of an invoice under its payer's idempotency key: a replay of the key is this payment,
 * never a second one. A card payment is PENDING until the top-up it rides on settles; the others
 * succeed at once. Each succeeded payment gets a numbered receipt.
 */
@Entity
@Table(name = "invoice_payment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = InvoicePayment.BY_KEY,
    query =
        "SELECT p FROM InvoicePayment p WHERE p.invoiceId = :invoice AND p.idempotencyKey = :key")
@NamedQuery(
    name = InvoicePayment.BY_TOP_UP,
    query = "SELECT p FROM InvoicePayment p WHERE p.topUpId = :topUp")
@NamedQuery(
    name = InvoicePayment.OF_INVOICE,
    query = "SELECT p FROM InvoicePayment p WHERE p.invoiceId = :invoice ORDER BY p.id")
public class InvoicePayment {

  public static final String BY_KEY = "InvoicePayment.byKey";
  public static final String BY_TOP_UP = "InvoicePayment.byTopUp";
  public static final String OF_INVOICE = "InvoicePayment.ofInvoice";
  public static final int REFERENCE_MAX = 120;
  public static final int KEY_MAX = 80;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "invoice_id", nullable = false, updatable = false)
  private long invoiceId;

  @Column(name = "payer_member_id", updatable = false)
  private Long payerMemberId;

  @Column(name = "recorded_by", updatable = false)
  private Long recordedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private PaymentMethod method;

  @Column(nullable = false, updatable = false)
  private long amount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PaymentStatus status;

  @Column(name = "idempotency_key", nullable = false, updatable = false)
  private String idempotencyKey;

  @Column(name = "top_up_id")
  private Long topUpId;

  private String reference;

  private String failure;

  @Column(name = "receipt_number")
  private String receiptNumber;

  @Column(name = "receipt_sha")
  private String receiptSha;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Version private long version;

  protected InvoicePayment() {}

  public InvoicePayment(
      long invoiceId,
      Long payerMemberId,
      Long recordedBy,
      PaymentMethod method,
      long amount,
      String key,
      String reference,
      Instant now) {
    this.invoiceId = invoiceId;
    this.payerMemberId = payerMemberId;
    this.recordedBy = recordedBy;
    this.method = method;
    this.amount = amount;
    this.idempotencyKey = Texts.required(key, "idempotency key", KEY_MAX);
    this.reference = Texts.optional(reference, "reference", REFERENCE_MAX);
    this.status = PaymentStatus.PENDING;
    this.createdAt = now;
  }

  /** Whether a replay under the same key asks for the same payment. */
  public boolean sameRequest(PaymentMethod method, long amount) {
    return this.method == method && this.amount == amount;
  }

  public void ridesOn(long topUpId) {
    this.topUpId = topUpId;
  }

  public void succeeded(Instant at) {
    this.status = PaymentStatus.SUCCEEDED;
    this.paidAt = at;
  }

  public void failed(String failure) {
    this.status = PaymentStatus.FAILED;
    this.failure = Texts.optional(failure, "failure", 500);
  }

  public void receipt(String number, String sha) {
    this.receiptNumber = number;
    this.receiptSha = sha;
  }

  /** The ledger key of the money this payment moves. */
  public String ledgerKey() {
    return "invoice-payment:" + id;
  }

  public Long getId() {
    return id;
  }

  public long getInvoiceId() {
    return invoiceId;
  }

  public Long getPayerMemberId() {
    return payerMemberId;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public long getAmount() {
    return amount;
  }

  public PaymentStatus getStatus() {
    return status;
  }

  public Long getTopUpId() {
    return topUpId;
  }

  public String getReference() {
    return reference;
  }

  public String getFailure() {
    return failure;
  }

  public String getReceiptNumber() {
    return receiptNumber;
  }

  public String getReceiptSha() {
    return receiptSha;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPaidAt() {
    return paidAt;
  }
}
