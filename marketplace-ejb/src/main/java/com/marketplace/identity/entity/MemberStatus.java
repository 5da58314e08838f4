package com.marketplace.identity.entity;

public enum MemberStatus {
  ACTIVE,
  SUSPENDED
}
