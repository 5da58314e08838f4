package com.marketplace.notifications.control;

/**
 * A member has a new in-app notification. Observed after the commit by the web tier, which pushes
 * the new unread count to the member's open pages.
 */
public record NotificationPosted(long memberId) {}
