package com.marketplace.portal.entity;

/** The help page as customers see it: the FAQ as cleaned HTML, the contact details as text. */
public record HelpPage(String faqHtml, String contact) {}
