package com.marketplace.desk.entity;

import java.time.Instant;

/** One line of a project's history: when, who, which field, before and after. */
public record ProjectChangeView(
    long id, Instant at, String by, String field, String before, String after) {}
