/**
 * Uploaded files (M1 portfolios, M2 job attachments, M3 proposal attachments, M6 deliverables, N1
 * message attachments). The type is detected by Apache Tika from the bytes (the name may only
 * narrow it, a zip named .jar is a Java archive) and checked against the workspace's allow-list and
 * size limit before anything is kept ({@link com.marketplace.files.control.FileStore}); the name's
 * extension must be one of that type's ({@link com.marketplace.files.control.FileTypes}); the bytes
 * live outside the web root under their SHA-256 ({@link
 * com.marketplace.files.control.ContentStore}). A file is served only to those who may read what it
 * is attached to: the feature owning that answers ({@link
 * com.marketplace.files.control.FileReaders}), this one imports none of them.
 */
package com.marketplace.files;
