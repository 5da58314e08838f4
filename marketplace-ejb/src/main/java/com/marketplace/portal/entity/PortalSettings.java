package com.marketplace.portal.entity;

/** The owner's settings of the portal: open or not, and the help page's texts (Markdown FAQ). */
public record PortalSettings(boolean enabled, String faq, String contact) {}
