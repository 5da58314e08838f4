package com.marketplace.desk.entity;

/** A project time can be tracked on, as the timer's and the manual form's choices list it. */
public record TimeProject(long id, String name) {}
