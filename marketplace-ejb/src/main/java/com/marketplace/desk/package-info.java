/**
 * The freelancer's desk: each freelancer's own book of clients (CRM), their projects with rates,
 * budgets and deadlines, and the time they track on them, by timer or by hand, submitted to the
 * client member a client is linked to for approval. A CRM client may be linked to a client member
 * of the workspace; an hourly contract brings its project along.
 */
package com.marketplace.desk;
