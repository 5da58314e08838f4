package com.marketplace.desk.web;

import com.marketplace.desk.entity.DayHours;
import com.marketplace.platform.web.ChartColours;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.color.Color;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.Legend;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/**
 * The hours of each day of a week as a bar chart: the Chart.js configuration PrimeFaces' {@code
 * p:chart} draws, one bar a day from Monday to Sunday in the workspace's colour.
 */
final class WeekChart {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

  private WeekChart() {}

  static String of(List<DayHours> week, String brandColour) {
    var hours = new BarDataset().setLabel("Hours");
    week.forEach(d -> hours.addData(hours(d.seconds())));
    hours.addBackgroundColor(colour(brandColour));
    var data = new BarData().addDataset(hours);
    week.forEach(d -> data.addLabel(DAY.format(d.day())));
    var options =
        new BarOptions()
            .setResponsive(true)
            .setMaintainAspectRatio(false)
            .setAnimation(false)
            .setPlugins(new Plugins().setLegend(new Legend().setDisplay(false)))
            .setScales(
                new Scales()
                    .addScale(
                        Scales.ScaleAxis.Y,
                        new LinearScaleOptions()
                            .setBeginAtZero(true)
                            .setTitle(
                                new AbstractCartesianScaleOptions.Title()
                                    .setDisplay(true)
                                    .setText("Hours"))));
    return new BarChart(data, options).toJson();
  }

  /** Hours to two decimals, as the bars show them. */
  static double hours(long seconds) {
    return Math.round(seconds / 36.0) / 100.0;
  }

  /** A colour written {@code #rrggbb}; the product's own otherwise. */
  static Color colour(String hex) {
    return ChartColours.brand(hex);
  }
}
