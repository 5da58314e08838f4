package com.marketplace.identity.entity;

import com.marketplace.platform.tenant.MemberRef;

/**
 * What a signed-in session is checked against on every request: the member's current role and
 * session epoch. A session whose epoch is behind the member's has been ended.
 */
public record SessionStamp(MemberRef member, Role role, long epoch) {}
