package com.marketplace.desk.entity;

/** What a freelancer writes down about a client; only the name is required. */
public record ClientDetails(
    String name, String email, String phone, String company, String notes, Long memberId) {}
