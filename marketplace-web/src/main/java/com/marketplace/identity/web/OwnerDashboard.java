package com.marketplace.identity.web;

import com.marketplace.identity.boundary.Members;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Figures on the owner's dashboard. */
@Named
@RequestScoped
public class OwnerDashboard {

  @Inject Members members;

  private long memberCount;

  @PostConstruct
  void load() {
    memberCount = members.count();
  }

  public long getMemberCount() {
    return memberCount;
  }
}
