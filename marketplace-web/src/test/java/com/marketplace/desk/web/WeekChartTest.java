package com.marketplace.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.desk.entity.DayHours;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WeekChartTest {

  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  static List<DayHours> week(long... seconds) {
    return IntStream.range(0, 7)
        .mapToObj(i -> new DayHours(MONDAY.plusDays(i), seconds[i]))
        .toList();
  }

  @Test
  void oneBarADayFromMondayToSundayInHours() {
    JsonObject chart = parse(WeekChart.of(week(3_600, 0, 5_400, 0, 28_800, 0, 60), "#112233"));
    assertThat(chart.getString("type")).isEqualTo("bar");
    var data = chart.getJsonObject("data");
    assertThat(data.getJsonArray("labels").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("Mon 23", "Tue 24", "Wed 25", "Thu 26", "Fri 27", "Sat 28", "Sun 29");
    var dataset = data.getJsonArray("datasets").getJsonObject(0);
    assertThat(dataset.getJsonArray("data").getValuesAs(JsonNumber.class))
        .extracting(JsonNumber::doubleValue)
        .containsExactly(1.0, 0.0, 1.5, 0.0, 8.0, 0.0, 0.02);
    // one colour for every bar
    assertThat(dataset.getString("backgroundColor")).isEqualTo("rgba(17,34,51,1.000)");
  }

  @Test
  void theScaleStartsAtZeroAndTheSingleSeriesNeedsNoLegend() {
    JsonObject options =
        parse(WeekChart.of(week(0, 0, 0, 0, 0, 0, 0), null)).getJsonObject("options");
    assertThat(options.getJsonObject("scales").getJsonObject("y").getBoolean("beginAtZero"))
        .isTrue();
    assertThat(options.getJsonObject("plugins").getJsonObject("legend").getBoolean("display"))
        .isFalse();
  }

  @Test
  void hoursAreRoundedToTwoDecimals() {
    assertThat(WeekChart.hours(0)).isZero();
    assertThat(WeekChart.hours(1_800)).isEqualTo(0.5);
    assertThat(WeekChart.hours(1_000)).isEqualTo(0.28);
    assertThat(WeekChart.hours(86_400)).isEqualTo(24.0);
  }

  @Test
  void aColourNotWrittenAsHexIsTheProductsOwn() {
    assertThat(WeekChart.colour("#ff8000").rgba()).isEqualTo("rgba(255,128,0,1.000)");
    assertThat(WeekChart.colour("red").rgba()).isEqualTo(WeekChart.colour(null).rgba());
    assertThat(WeekChart.colour("#12345").rgba()).isEqualTo(WeekChart.colour(null).rgba());
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
