package com.marketplace.profiles.web;

import com.marketplace.files.web.Uploads;
import com.marketplace.platform.Money;
import com.marketplace.platform.web.Pages;
import com.marketplace.profiles.boundary.Profiles;
import com.marketplace.profiles.entity.ProfileView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.List;

/** The member's own profile form (M1) and a freelancer's portfolio uploads. */
@Named
@RequestScoped
public class ProfileBacking {

  @Inject Profiles profiles;

  private ProfileView profile;
  private String headline;
  private String bio;
  private String skills;
  private Money hourlyRate;
  private String company;
  private String website;
  private List<Part> portfolio;

  @PostConstruct
  void load() {
    profile = profiles.mine();
    headline = profile.headline();
    bio = profile.bio();
    skills = String.join(", ", profile.skills());
    hourlyRate = profile.hourlyRate();
    company = profile.company();
    website = profile.website();
  }

  public String saveFreelancer() {
    profiles.describeFreelancer(headline, bio, skills, hourlyRate);
    return saved();
  }

  public String saveClient() {
    profiles.describeClient(company, website);
    return saved();
  }

  public String upload() {
    var files = Uploads.of(portfolio);
    if (files.isEmpty()) {
      Pages.error("Choose at least one file.");
      return null;
    }
    profiles.addToPortfolio(files);
    return saved();
  }

  private String saved() {
    Pages.info("Your profile is saved.");
    return "/app/profile?faces-redirect=true";
  }

  public ProfileView getProfile() {
    return profile;
  }

  public String getHeadline() {
    return headline;
  }

  public void setHeadline(String headline) {
    this.headline = headline;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }

  public Money getHourlyRate() {
    return hourlyRate;
  }

  public void setHourlyRate(Money hourlyRate) {
    this.hourlyRate = hourlyRate;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public List<Part> getPortfolio() {
    return portfolio;
  }

  public void setPortfolio(List<Part> portfolio) {
    this.portfolio = portfolio;
  }
}
