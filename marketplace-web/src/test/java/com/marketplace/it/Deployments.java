package com.marketplace.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real build output of the web module, as Arquillian deploys it. */
public final class Deployments {

  private Deployments() {}

  /**
   * The deployment's URL on the loopback address: the container reports the machine's address,
   * which a browser may not reach and on which it would not keep secure cookies.
   */
  public static String local(java.net.URL deployment) {
    String url = deployment.toString().replace(deployment.getHost(), "127.0.0.1");
    return url.endsWith("/") ? url : url + "/";
  }

  public static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("marketplace.war")));
  }
}
