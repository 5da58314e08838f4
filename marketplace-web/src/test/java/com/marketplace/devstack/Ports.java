package com.marketplace.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Which local ports are free to listen on. */
final class Ports {

  private Ports() {}

  static boolean isFree(int port) {
    try (var probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  /** The first free port in the range (keep it outside the range the OS hands out). */
  static int firstFree(int from, int to) {
    for (int port = from; port <= to; port++) {
      if (isFree(port)) {
        return port;
      }
    }
    throw new IllegalStateException("No free port between " + from + " and " + to);
  }
}
