package com.marketplace.notifications.entity;

/** An email ready to go: subject, plain-text body and HTML body. */
public record RenderedEmail(String subject, String text, String html) {}
