package com.marketplace.contracts.entity;

/** A contract as a search finds it: its title, where it stands and its two sides. */
public record ContractMatch(
    long id, String title, ContractStatus status, String clientName, String freelancerName) {}
