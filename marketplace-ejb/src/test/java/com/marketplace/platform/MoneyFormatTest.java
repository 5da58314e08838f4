package com.marketplace.platform;

import static com.marketplace.platform.MoneyTest.DE;
import static com.marketplace.platform.MoneyTest.EUR;
import static com.marketplace.platform.MoneyTest.JPY;
import static com.marketplace.platform.MoneyTest.USD;
import static com.marketplace.platform.MoneyTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

  /** What people see, with the non-breaking spaces some locales use made visible as spaces. */
  static String readable(String formatted) {
    return formatted.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  @Test
  void parsesPlainDecimalsInTheCurrencysMinorUnits() {
    assertThat(MoneyFormat.parse("25", USD)).isEqualTo(usd(2500));
    assertThat(MoneyFormat.parse(" 12.5 ", EUR)).isEqualTo(Money.of(1250, EUR));
    assertThat(MoneyFormat.parse("1,000.01", USD)).isEqualTo(usd(100001));
    assertThat(MoneyFormat.parse("-3.10", USD)).isEqualTo(usd(-310));
    assertThat(MoneyFormat.parse(".5", USD)).isEqualTo(usd(50));
    assertThat(MoneyFormat.parse("500", JPY)).isEqualTo(Money.of(500, JPY));
    assertThat(MoneyFormat.parse("0", USD)).isEqualTo(usd(0));
    assertThatThrownBy(() -> MoneyFormat.parse("1.234", USD))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Amounts in USD have at most 2 decimals.");
    assertThatThrownBy(() -> MoneyFormat.parse("1.5", JPY)).hasMessageContaining("0 decimals");
    for (String nonsense :
        new String[] {"abc", "", " ", "1.2.3", "25,50", "1,5", "12,34,567", "5.", "--5", "1e3"}) {
      assertThatThrownBy(() -> MoneyFormat.parse(nonsense, USD))
          .as(nonsense)
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("Enter an amount such as 25.00.");
    }
    assertThatThrownBy(() -> MoneyFormat.parse(null, USD))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> MoneyFormat.parse("99999999999999999999", USD))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> MoneyFormat.parse("abc", JPY))
        .hasMessage("Enter an amount such as 25.");
  }

  @Test
  void parsesWhatPeopleTypeInTheirLocale() {
    assertThat(MoneyFormat.parse("1.460,50", EUR, DE)).isEqualTo(Money.of(146050, EUR));
    assertThat(MoneyFormat.parse("25,5", EUR, DE)).isEqualTo(Money.of(2550, EUR));
    assertThat(MoneyFormat.parse("1.000", EUR, DE)).isEqualTo(Money.of(100000, EUR));
    assertThat(MoneyFormat.parse("1.460,00 €", EUR, DE)).isEqualTo(Money.of(146000, EUR));
    assertThat(MoneyFormat.parse("$1,460.00", USD, Locale.US)).isEqualTo(usd(146000));
    assertThat(MoneyFormat.parse("-$20.00", USD, Locale.US)).isEqualTo(usd(-2000));
    assertThat(MoneyFormat.parse("USD 20", USD, Locale.US)).isEqualTo(usd(2000));
    assertThat(MoneyFormat.parse("1 460,50", EUR, Locale.FRANCE)).isEqualTo(Money.of(146050, EUR));
    assertThat(MoneyFormat.parse("1,460", JPY, Locale.JAPAN)).isEqualTo(Money.of(1460, JPY));
    // A point in German is a thousands separator: "25.50" is ambiguous and refused, not 2 550.
    assertThatThrownBy(() -> MoneyFormat.parse("25.50", EUR, DE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Enter an amount such as 25,00.");
    assertThatThrownBy(() -> MoneyFormat.parse("1,234", EUR, DE))
        .hasMessage("Amounts in EUR have at most 2 decimals.");
  }

  @Test
  void formatsTheWayPeopleReadMoney() {
    assertThat(usd(146000).format(Locale.US)).isEqualTo("$1,460.00");
    assertThat(usd(-2000).format(Locale.US)).isEqualTo("-$20.00");
    assertThat(usd(5).format(Locale.US)).isEqualTo("$0.05");
    assertThat(readable(Money.of(146000, EUR).format(DE))).isEqualTo("1.460,00 €");
    assertThat(readable(Money.of(-5, EUR).format(DE))).isEqualTo("-0,05 €");
    assertThat(Money.of(146000, EUR).format(Locale.US)).isEqualTo("€1,460.00");
    assertThat(readable(usd(146000).format(DE))).isEqualTo("1.460,00 $");
  }

  @Test
  void yenHaveNoMinorUnit() {
    Money yen = Money.of(1460, JPY);
    assertThat(yen.fractionDigits()).isZero();
    assertThat(yen.format(Locale.JAPAN)).isEqualTo("￥1,460");
    assertThat(yen.format(Locale.US)).isEqualTo("¥1,460");
    assertThat(MoneyFormat.decimal(yen, Locale.US)).isEqualTo("1460");
    assertThat(yen.toString()).isEqualTo("JPY 1460");
    assertThat(MoneyFormat.parse("1460", JPY)).isEqualTo(yen);
    assertThat(yen.percent(BigDecimal.TEN)).isEqualTo(Money.of(146, JPY));
    assertThat(Money.of(5, JPY).percent(BigDecimal.TEN)).isEqualTo(Money.of(0, JPY));
  }

  @Test
  void formatsInTheCurrencysHomeWhenNoLocaleIsChosen() {
    assertThat(MoneyFormat.homeLocale(USD)).isEqualTo(Locale.US);
    assertThat(MoneyFormat.homeLocale(EUR)).isEqualTo(Locale.GERMANY);
    assertThat(MoneyFormat.homeLocale(JPY)).isEqualTo(Locale.JAPAN);
    assertThat(usd(146000).format()).isEqualTo("$1,460.00");
    assertThat(readable(Money.of(146000, EUR).format())).isEqualTo("1.460,00 €");
    assertThat(MoneyFormat.homeLocale(Currency.getInstance("HUF")).getCountry()).isEqualTo("HU");
  }

  @Test
  void aFormFieldShowsWhatParsingReadsBack() {
    assertThat(MoneyFormat.decimal(usd(123400), Locale.US)).isEqualTo("1234.00");
    assertThat(MoneyFormat.decimal(Money.of(123405, EUR), DE)).isEqualTo("1234,05");
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.US, DE, Locale.FRANCE, Locale.JAPAN}) {
      for (Money m : new Money[] {usd(123405), usd(7), usd(-99), Money.of(1460, JPY)}) {
        assertThat(MoneyFormat.parse(MoneyFormat.decimal(m, locale), m.currency(), locale))
            .as(locale + " " + m)
            .isEqualTo(m);
        assertThat(MoneyFormat.parse(m.format(locale), m.currency(), locale))
            .as(locale + " " + m)
            .isEqualTo(m);
      }
    }
  }
}
