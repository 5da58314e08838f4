/**
 * In-app notifications: what a member sees under the bell. Written by consumers of domain events;
 * one row per (recipient, event), so a redelivered event never notifies anyone twice.
 */
package com.marketplace.notifications;
