/**
 * Uploaded files (M1 portfolios, M2 job attachments, M3 proposal attachments, M6 deliverables). The
 * type is detected by Apache Tika from the bytes alone and checked against the workspace's
 * allow-list and size limit before anything is kept; the bytes live outside the web root under
 * their SHA-256, and a file is served only to those who may see what it is attached to.
 */
package com.marketplace.files;
