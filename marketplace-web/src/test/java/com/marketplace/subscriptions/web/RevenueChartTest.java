package com.marketplace.subscriptions.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.platform.Money;
import com.marketplace.subscriptions.entity.BusinessMetrics;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevenueChartTest {

  static List<BusinessMetrics.Month> months() {
    return List.of(
        new BusinessMetrics.Month("2026-11", Money.of(0, "EUR"), Money.of(0, "EUR")),
        new BusinessMetrics.Month("2026-12", Money.of(20_283, "EUR"), Money.of(107_500, "EUR")),
        new BusinessMetrics.Month("2027-01", Money.of(10_800, "EUR"), Money.of(2_900, "EUR")));
  }

  @Test
  void mrrAndRevenueAMonthInMajorUnits() {
    JsonObject chart = parse(RevenueChart.of(months(), "#112233"));
    assertThat(chart.getString("type")).isEqualTo("bar");
    var data = chart.getJsonObject("data");
    assertThat(data.getJsonArray("labels").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("Nov 26", "Dec 26", "Jan 27");
    var mrr = data.getJsonArray("datasets").getJsonObject(0);
    assertThat(mrr.getString("label")).isEqualTo("MRR");
    assertThat(mrr.getJsonArray("data").getValuesAs(JsonNumber.class))
        .extracting(JsonNumber::doubleValue)
        .containsExactly(0.0, 202.83, 108.0);
    assertThat(mrr.getString("backgroundColor")).isEqualTo("rgba(17,34,51,1.000)");
    var revenue = data.getJsonArray("datasets").getJsonObject(1);
    assertThat(revenue.getString("label")).isEqualTo("Revenue");
    assertThat(revenue.getJsonArray("data").getValuesAs(JsonNumber.class))
        .extracting(JsonNumber::doubleValue)
        .containsExactly(0.0, 1075.0, 29.0);
    // the same colour, paler
    assertThat(revenue.getString("backgroundColor")).isEqualTo("rgba(17,34,51,0.400)");
  }

  @Test
  void theScaleStartsAtZeroNamesTheCurrencyAndTheLegendTellsTheSeriesApart() {
    JsonObject options = parse(RevenueChart.of(months(), null)).getJsonObject("options");
    var y = options.getJsonObject("scales").getJsonObject("y");
    assertThat(y.getBoolean("beginAtZero")).isTrue();
    assertThat(y.getJsonObject("title").getString("text")).isEqualTo("EUR");
    assertThat(options.getJsonObject("plugins").getJsonObject("legend").getBoolean("display"))
        .isTrue();
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
