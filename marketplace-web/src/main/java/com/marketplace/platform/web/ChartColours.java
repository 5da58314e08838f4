package com.marketplace.platform.web;

import java.util.regex.Pattern;
import software.xdev.chartjs.model.color.Color;

/** The colours the pages' charts draw in: the workspace's own, or the product's. */
public final class ChartColours {

  private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6})");
  private static final Color FALLBACK = new Color(59, 76, 202);

  private ChartColours() {}

  /** A colour written {@code #rrggbb}; the product's own otherwise. */
  public static Color brand(String hex) {
    if (hex == null || !HEX.matcher(hex).matches()) {
      return FALLBACK;
    }
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
  }
}
