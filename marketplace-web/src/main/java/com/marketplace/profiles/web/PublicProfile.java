package com.marketplace.profiles.web;

import com.marketplace.profiles.boundary.Profiles;
import com.marketplace.profiles.entity.ProfileView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A freelancer's public profile page, {@code /t/{slug}/freelancers/{id}}. */
@Named
@RequestScoped
public class PublicProfile {

  @Inject Profiles profiles;

  private long id;
  private ProfileView profile;

  public void load() {
    profile = profiles.freelancer(id);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public ProfileView getProfile() {
    return profile;
  }
}
