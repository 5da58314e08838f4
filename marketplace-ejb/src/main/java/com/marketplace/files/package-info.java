/**
 * Uploaded files (M1 portfolios, M2 job attachments, M3 proposal attachments, M6 deliverables, N1
 * message attachments). The type is detected by Apache Tika from the bytes alone and checked
 * against the workspace's allow-list and size limit before anything is kept ({@link
 * com.marketplace.files.control.FileStore}); the bytes live outside the web root under their
 * SHA-256 ({@link com.marketplace.files.control.ContentStore}). A file is served only to those who
 * may read what it is attached to: the feature owning that answers ({@link
 * com.marketplace.files.control.FileReaders}), this one imports none of them.
 */
package com.marketplace.files;
