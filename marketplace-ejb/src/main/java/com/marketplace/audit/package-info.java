/**
 * Audit log: an append-only record of who did what in a workspace, when and from where (sign-ins,
 * downloads, payments started, token use, the owner's decisions). Features record through {@link
 * com.marketplace.audit.control.AuditTrail}, inside their own transaction (a record is rolled back
 * with the change it describes) or, for what must stay even when nothing else commits (a failed
 * sign-in), in one of its own. The request's origin (address, user agent) comes from {@link
 * com.marketplace.audit.control.RequestOrigin}, which the web layer fills; the owner reads the log
 * through {@link com.marketplace.audit.boundary.AuditLog}. Rows are never changed or deleted: the
 * database refuses it. The log imports no feature: the caller's name and email are asked of {@link
 * com.marketplace.audit.control.ActorNames}, which identity answers.
 */
package com.marketplace.audit;
