package com.marketplace.desk.entity;

/** A client as the list shows it, with how many projects it has. */
public record ClientRow(
    long id,
    String name,
    String email,
    String phone,
    String company,
    Long memberId,
    boolean archived,
    long projects) {}
