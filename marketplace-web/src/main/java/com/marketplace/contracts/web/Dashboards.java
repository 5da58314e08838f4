package com.marketplace.contracts.web;

import com.marketplace.contracts.boundary.Contracts;
import com.marketplace.contracts.entity.ContractSummary;
import com.marketplace.contracts.entity.MarketplaceFigures;
import com.marketplace.jobs.boundary.Jobs;
import com.marketplace.jobs.boundary.Proposals;
import com.marketplace.jobs.entity.JobCard;
import com.marketplace.jobs.entity.ProposalView;
import com.marketplace.payments.boundary.Wallets;
import com.marketplace.payments.entity.WalletSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Figures and lists of the role dashboards: the client's wallet, escrow, jobs and proposals
 * received; the freelancer's earnings, active contracts and proposals; the owner's GMV and open
 * disputes. Loaded lazily, each once per request.
 */
@Named
@RequestScoped
public class Dashboards {

  @Inject Contracts contracts;
  @Inject Jobs jobs;
  @Inject Proposals proposals;
  @Inject Wallets wallets;

  private WalletSummary wallet;
  private List<ContractSummary> contractList;
  private List<ContractSummary> disputed;
  private List<JobCard> myJobs;
  private List<ProposalView> myProposals;
  private MarketplaceFigures figures;
  private Long proposalsReceived;
  private Long earned;

  public WalletSummary getWallet() {
    if (wallet == null) {
      wallet = wallets.summary();
    }
    return wallet;
  }

  public List<ContractSummary> getContracts() {
    if (contractList == null) {
      contractList = contracts.mine();
    }
    return contractList;
  }

  public List<ContractSummary> getActiveContracts() {
    return getContracts().stream().filter(c -> !c.status().finished()).toList();
  }

  public List<ContractSummary> getDisputed() {
    if (disputed == null) {
      disputed = contracts.disputed();
    }
    return disputed;
  }

  public List<JobCard> getMyJobs() {
    if (myJobs == null) {
      myJobs = jobs.mine();
    }
    return myJobs;
  }

  public long getProposalsReceived() {
    if (proposalsReceived == null) {
      proposalsReceived = jobs.proposalsReceived();
    }
    return proposalsReceived;
  }

  public List<ProposalView> getMyProposals() {
    if (myProposals == null) {
      myProposals = proposals.mine();
    }
    return myProposals;
  }

  /** Gross released to the freelancer; what reached the wallet is this minus the fee. */
  public long getEarned() {
    if (earned == null) {
      earned = contracts.earnedGross();
    }
    return earned;
  }

  public MarketplaceFigures getFigures() {
    if (figures == null) {
      figures = contracts.figures();
    }
    return figures;
  }
}
