package com.marketplace.contracts.web;

import com.marketplace.contracts.boundary.ContractFigures;
import com.marketplace.contracts.boundary.Contracts;
import com.marketplace.contracts.entity.ContractSummary;
import com.marketplace.contracts.entity.MarketplaceFigures;
import com.marketplace.identity.entity.Role;
import com.marketplace.identity.web.CurrentMember;
import com.marketplace.jobs.boundary.Jobs;
import com.marketplace.jobs.boundary.Proposals;
import com.marketplace.jobs.entity.JobCard;
import com.marketplace.jobs.entity.ProposalView;
import com.marketplace.payments.boundary.Wallets;
import com.marketplace.payments.entity.WalletSummary;
import com.marketplace.platform.Money;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Figures and lists of the role dashboards, loaded once per request for the caller's role: the
 * client's wallet, escrow, jobs and proposals received; the freelancer's earnings, active contracts
 * and proposals; the owner's GMV and open disputes.
 */
@Named
@RequestScoped
public class Dashboards {

  @Inject Contracts contracts;
  @Inject ContractFigures contractFigures;
  @Inject Jobs jobs;
  @Inject Proposals proposals;
  @Inject Wallets wallets;
  @Inject CurrentMember currentMember;

  private WalletSummary wallet;
  private List<ContractSummary> activeContracts = List.of();
  private List<ContractSummary> disputed = List.of();
  private List<JobCard> myJobs = List.of();
  private List<ProposalView> myProposals = List.of();
  private MarketplaceFigures figures;
  private long proposalsReceived;
  private Money earned;

  @PostConstruct
  void load() {
    if (currentMember.hasRole(Role.Names.OWNER)) {
      figures = contractFigures.figures();
      disputed = contractFigures.disputed();
      return;
    }
    wallet = wallets.summary();
    activeContracts = contracts.mine().stream().filter(c -> !c.status().finished()).toList();
    if (currentMember.hasRole(Role.Names.CLIENT)) {
      myJobs = jobs.mine();
      proposalsReceived = jobs.proposalsReceived();
    }
    if (currentMember.hasRole(Role.Names.FREELANCER)) {
      myProposals = proposals.mine();
      earned = contractFigures.earnedGross();
    }
  }

  public WalletSummary getWallet() {
    return wallet;
  }

  public List<ContractSummary> getActiveContracts() {
    return activeContracts;
  }

  public List<ContractSummary> getDisputed() {
    return disputed;
  }

  public List<JobCard> getMyJobs() {
    return myJobs;
  }

  public long getProposalsReceived() {
    return proposalsReceived;
  }

  public List<ProposalView> getMyProposals() {
    return myProposals;
  }

  /** Gross released to the freelancer; what reached the wallet is this minus the fee. */
  public Money getEarned() {
    return earned;
  }

  public MarketplaceFigures getFigures() {
    return figures;
  }
}
