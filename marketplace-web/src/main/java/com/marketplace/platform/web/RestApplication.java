package com.marketplace.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API. Errors are RFC 9457 problem documents ({@link ProblemMappers}). */
@ApplicationPath("api/v1")
public class RestApplication extends Application {}
