package com.marketplace.tenancy.web;

import com.marketplace.platform.web.Pages;
import com.marketplace.tenancy.boundary.Tenants;
import com.marketplace.tenancy.entity.MarketplaceRules;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The owner's marketplace rules form: auto-release days, accepted file types, size limit, and the
 * days after which submitted time is approved automatically (empty: never).
 */
@Named
@RequestScoped
public class RulesBacking {

  @Inject Tenants tenants;

  private Integer autoReleaseDays;
  private String uploadTypes;
  private Integer uploadMaxMb;
  private Integer timeApprovalDays;

  @PostConstruct
  void load() {
    MarketplaceRules rules = tenants.rules();
    autoReleaseDays = rules.autoReleaseDays();
    uploadTypes = String.join(", ", rules.uploadTypes());
    uploadMaxMb = (int) Math.max(1, rules.uploadMaxBytes() / (1024 * 1024));
    timeApprovalDays = rules.timeApprovalDays();
  }

  public String save() {
    tenants.changeRules(
        new MarketplaceRules(
            autoReleaseDays == null ? 0 : autoReleaseDays,
            MarketplaceRules.parseTypes(uploadTypes),
            (uploadMaxMb == null ? 0L : uploadMaxMb) * 1024 * 1024,
            timeApprovalDays));
    Pages.info("Marketplace rules saved.");
    return "/app/owner/index?faces-redirect=true";
  }

  public Integer getAutoReleaseDays() {
    return autoReleaseDays;
  }

  public void setAutoReleaseDays(Integer autoReleaseDays) {
    this.autoReleaseDays = autoReleaseDays;
  }

  public String getUploadTypes() {
    return uploadTypes;
  }

  public void setUploadTypes(String uploadTypes) {
    this.uploadTypes = uploadTypes;
  }

  public Integer getTimeApprovalDays() {
    return timeApprovalDays;
  }

  public void setTimeApprovalDays(Integer timeApprovalDays) {
    this.timeApprovalDays = timeApprovalDays;
  }

  public Integer getUploadMaxMb() {
    return uploadMaxMb;
  }

  public void setUploadMaxMb(Integer uploadMaxMb) {
    this.uploadMaxMb = uploadMaxMb;
  }
}
