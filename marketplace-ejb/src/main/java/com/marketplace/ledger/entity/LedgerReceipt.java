package com.marketplace.ledger.entity;

/**
 * What a money command did: its journal entry, the hold it created or resolved, and whether this
 * call was a replay answered from the first one.
 */
public record LedgerReceipt(long entryId, Long holdId, boolean replayed) {}
