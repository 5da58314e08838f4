package com.marketplace.jobs.control;

import com.marketplace.files.control.FileReaders;
import com.marketplace.files.entity.FileOwner;
import com.marketplace.jobs.entity.Job;
import jakarta.enterprise.context.ApplicationScoped;

/** A job's attachments are read by every member of the workspace, as the job is. */
@ApplicationScoped
public class JobFiles implements FileReaders {

  @Override
  public FileOwner owner() {
    return Job.FILES;
  }

  @Override
  public boolean mayRead(long jobId, long memberId, boolean workspaceOwner) {
    return true;
  }
}
