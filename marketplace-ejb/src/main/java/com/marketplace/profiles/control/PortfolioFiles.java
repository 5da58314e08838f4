package com.marketplace.profiles.control;

import com.marketplace.files.control.FileReaders;
import com.marketplace.files.entity.FileOwner;
import com.marketplace.profiles.entity.Profile;
import jakarta.enterprise.context.ApplicationScoped;

/** A portfolio is read by every member of the workspace, as the freelancer's public profile is. */
@ApplicationScoped
public class PortfolioFiles implements FileReaders {

  @Override
  public FileOwner owner() {
    return Profile.PORTFOLIO;
  }

  @Override
  public boolean mayRead(long memberOwning, long memberId, boolean workspaceOwner) {
    return true;
  }
}
