package com.marketplace.contracts.entity;

import com.marketplace.jobs.entity.JobKind;
import com.marketplace.platform.Money;
import java.time.LocalDate;

/**
 * A contract was just hired, announced inside the hire's transaction to features that keep
 * something of their own alongside contracts (the freelancer's desk opens a project for an hourly
 * one). Observers run synchronously in that transaction: if one fails, the hire does not happen.
 *
 * @param rate the proposed amount: the hourly rate of an hourly contract, the price of a fixed one
 */
public record ContractStarted(
    long contractId,
    long clientId,
    long freelancerId,
    String title,
    JobKind kind,
    Money rate,
    LocalDate deadline) {}
