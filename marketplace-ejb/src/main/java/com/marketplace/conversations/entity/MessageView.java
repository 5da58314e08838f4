package com.marketplace.conversations.entity;

import com.marketplace.files.entity.FileView;
import java.time.Instant;
import java.util.List;

public record MessageView(
    long id,
    long senderId,
    String senderName,
    boolean mine,
    String body,
    Instant sentAt,
    List<FileView> attachments) {}
