package com.marketplace.invoicing.entity;

/** A document to download: its file name, media type and bytes. */
public record PrintedFile(String fileName, String mediaType, byte[] content) {}
