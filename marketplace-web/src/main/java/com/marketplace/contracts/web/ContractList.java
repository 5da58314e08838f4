package com.marketplace.contracts.web;

import com.marketplace.contracts.boundary.Contracts;
import com.marketplace.contracts.entity.ContractSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The caller's contracts (the owner sees all of the workspace's). */
@Named
@RequestScoped
public class ContractList {

  @Inject Contracts contracts;

  private List<ContractSummary> all;

  @PostConstruct
  void load() {
    all = contracts.mine();
  }

  public List<ContractSummary> getAll() {
    return all;
  }
}
