package com.marketplace.jobs.web;

import com.marketplace.jobs.boundary.Proposals;
import com.marketplace.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A freelancer's actions on their own proposals. */
@Named
@RequestScoped
public class ProposalActions {

  @Inject Proposals proposals;

  public String withdraw(long proposalId) {
    var withdrawn = proposals.withdraw(proposalId);
    Pages.info("Your proposal for “" + withdrawn.jobTitle() + "” was withdrawn.");
    return "/app/freelancer/index?faces-redirect=true";
  }
}
