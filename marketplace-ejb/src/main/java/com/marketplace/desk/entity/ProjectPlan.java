package com.marketplace.desk.entity;

import com.marketplace.platform.Money;
import java.time.LocalDate;

/**
 * What a project is agreed as: its name and description, the hourly rate, an optional budget in
 * hours or in money (not both), and an optional deadline.
 */
public record ProjectPlan(
    String name,
    String description,
    Money rate,
    Long budgetMinutes,
    Money budgetAmount,
    LocalDate deadline) {}
