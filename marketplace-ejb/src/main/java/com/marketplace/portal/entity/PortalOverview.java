package com.marketplace.portal.entity;

import com.marketplace.invoicing.entity.ReceivedPayment;
import java.util.List;

/** The dashboard, built once per visit: the invoices by standing, payments, the account. */
public record PortalOverview(
    InvoiceGroups invoices, List<ReceivedPayment> payments, PortalAccount account) {}
