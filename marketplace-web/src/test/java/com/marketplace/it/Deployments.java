package com.marketplace.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real build output of the web module, as Arquillian deploys it. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("marketplace.war")));
  }
}
