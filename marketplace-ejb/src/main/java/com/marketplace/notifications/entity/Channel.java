package com.marketplace.notifications.entity;

/** Where a notification reaches a member. */
public enum Channel {
  IN_APP,
  EMAIL
}
