package com.marketplace.notifications.entity;

/** One line of a member's notification settings. */
public record PreferenceView(NoticeType type, String label, boolean inApp, boolean email) {}
