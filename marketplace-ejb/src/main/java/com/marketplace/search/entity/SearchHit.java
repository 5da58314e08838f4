package com.marketplace.search.entity;

/** One thing found: its id (for the link), its name and a line that tells it apart. */
public record SearchHit(long id, String title, String detail) {}
