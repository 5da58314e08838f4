/**
 * Conversations between a client and a freelancer (N1): one per job, proposal or contract, read
 * only by its two participants (and the owner once the contract is disputed), with unread counts
 * and attachments checked like deliverables.
 */
package com.marketplace.conversations;
