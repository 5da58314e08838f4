package com.marketplace.subscriptions.web;

import com.marketplace.subscriptions.entity.BillingInterval;
import com.marketplace.subscriptions.entity.SubscriptionBill;
import com.marketplace.subscriptions.entity.SubscriptionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The words the subscription pages show for statuses and intervals. */
@Named
@ApplicationScoped
public class SubscriptionLabels {

  public String status(SubscriptionStatus status) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case TRIALING -> "Trialing";
      case ACTIVE -> "Active";
      case PAST_DUE -> "Past due";
      case CANCELLED -> "Cancelled";
    };
  }

  /** The CSS class of a status badge. */
  public String statusClass(SubscriptionStatus status) {
    return status == null ? "" : "sub-" + status.name().toLowerCase(java.util.Locale.ROOT);
  }

  public String interval(BillingInterval interval) {
    return interval == BillingInterval.YEARLY ? "yearly" : "monthly";
  }

  public String bill(SubscriptionBill.Status status) {
    return status == null
        ? ""
        : status.name().charAt(0) + status.name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
