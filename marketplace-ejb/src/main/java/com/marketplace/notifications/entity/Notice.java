package com.marketplace.notifications.entity;

/** What one member is told about one event, and the page of the workspace it concerns. */
public record Notice(long recipientId, NoticeType type, String text, String path) {}
