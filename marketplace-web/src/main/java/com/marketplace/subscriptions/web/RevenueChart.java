package com.marketplace.subscriptions.web;

import com.marketplace.platform.web.ChartColours;
import com.marketplace.subscriptions.entity.BusinessMetrics;
import java.time.YearMonth;
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
 * MRR at each month's end and the revenue received in it, over the last twelve months, as the
 * Chart.js configuration PrimeFaces' {@code p:chart} draws: two bars a month, MRR in the
 * workspace's colour, revenue in a paler one, in the currency's major units.
 */
final class RevenueChart {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

  private RevenueChart() {}

  static String of(List<BusinessMetrics.Month> months, String brandColour) {
    Color brand = ChartColours.brand(brandColour);
    var mrr = new BarDataset().setLabel("MRR");
    var revenue = new BarDataset().setLabel("Revenue");
    months.forEach(
        m -> {
          mrr.addData(m.mrr().toDecimal());
          revenue.addData(m.revenue().toDecimal());
        });
    mrr.addBackgroundColor(brand);
    revenue.addBackgroundColor(new Color(brand, 0.4));
    var data = new BarData().addDataset(mrr).addDataset(revenue);
    months.forEach(m -> data.addLabel(MONTH.format(YearMonth.parse(m.month()))));
    String currency = months.isEmpty() ? "" : months.get(0).mrr().currencyCode();
    var options =
        new BarOptions()
            .setResponsive(true)
            .setMaintainAspectRatio(false)
            .setAnimation(false)
            .setPlugins(new Plugins().setLegend(new Legend().setDisplay(true)))
            .setScales(
                new Scales()
                    .addScale(
                        Scales.ScaleAxis.Y,
                        new LinearScaleOptions()
                            .setBeginAtZero(true)
                            .setTitle(
                                new AbstractCartesianScaleOptions.Title()
                                    .setDisplay(true)
                                    .setText(currency))));
    return new BarChart(data, options).toJson();
  }
}
