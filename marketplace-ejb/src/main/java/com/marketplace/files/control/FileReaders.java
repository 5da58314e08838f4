package com.marketplace.files.control;

import com.marketplace.files.entity.FileOwner;

/**
 * Who may read the files attached to one kind of owner, answered by the feature that owns it with
 * the rule it applies to the owner itself (a deliverable follows its contract, an attachment its
 * conversation). Implementations are application-scoped beans; downloads ask the one whose {@link
 * #owner()} is the file's. A file whose owner nobody answers for is read by nobody.
 */
public interface FileReaders {

  /** The kind of owner this answers for. */
  FileOwner owner();

  /**
   * Whether the member may read the files of the owner with this id; false when there is no such
   * owner.
   *
   * @param workspaceOwner whether the member is the workspace's owner
   */
  boolean mayRead(long ownerId, long memberId, boolean workspaceOwner);
}
