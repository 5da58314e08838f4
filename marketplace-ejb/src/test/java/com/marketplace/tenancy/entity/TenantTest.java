package com.marketplace.tenancy.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantTest {

  private static Tenant tenant(String slug, String currency, int fee, String colour) {
    return new Tenant(slug, "Acme", currency, fee, colour, Instant.EPOCH);
  }

  @Test
  void normalisesSlugCurrencyAndColour() {
    var t = tenant("  Acme-Studio ", "eur", 1000, "#1A73E8");
    assertThat(t.getSlug()).isEqualTo("acme-studio");
    assertThat(t.getCurrency()).isEqualTo("EUR");
    assertThat(t.getPrimaryColour()).isEqualTo("#1a73e8");
  }

  @Test
  void feeShowsAsPercentage() {
    assertThat(new TenantView(1, "a", "A", "USD", 1000, "#000000", false).feePercent())
        .isEqualTo("10.00");
    assertThat(new TenantView(1, "a", "A", "USD", 850, "#000000", false).feePercent())
        .isEqualTo("8.50");
    assertThat(new TenantView(1, "a", "A", "USD", 5, "#000000", false).feePercent())
        .isEqualTo("0.05");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "-acme", "acme-", "ac me", "acmé", "a_b_c", ""})
  void refusesMalformedSlugs(String slug) {
    assertThatThrownBy(() -> Tenant.normaliseSlug(slug))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("3–40 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"api", "app", "admin", "login"})
  void refusesReservedSlugs(String slug) {
    assertThatThrownBy(() -> Tenant.normaliseSlug(slug)).hasMessageContaining("reserved");
  }

  @Test
  void refusesFeeOutsideZeroToFiftyPercent() {
    assertThat(tenant("acme", "USD", 0, "#000000").getFeeBasisPoints()).isZero();
    assertThat(tenant("acme", "USD", 5000, "#000000").getFeeBasisPoints()).isEqualTo(5000);
    assertThatThrownBy(() -> tenant("acme", "USD", 5001, "#000000"))
        .hasMessageContaining("between 0 % and 50 %");
    assertThatThrownBy(() -> tenant("acme", "USD", -1, "#000000"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void refusesUnknownCurrencyAndBadColour() {
    assertThatThrownBy(() -> tenant("acme", "XYZ1", 10, "#000000"))
        .hasMessageContaining("ISO 4217");
    assertThatThrownBy(() -> tenant("acme", "USD", 10, "blue")).hasMessageContaining("#1a73e8");
  }

  @Test
  void rulesWithoutTheListOfFileTypesOrWithTooManyAreRefused() {
    assertThatThrownBy(() -> new MarketplaceRules(14, null, 1024))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least one file type");
    var many = new java.util.TreeSet<String>();
    for (int i = 0; i <= MarketplaceRules.MAX_UPLOAD_TYPES; i++) {
      many.add("application/x-" + i);
    }
    assertThatThrownBy(() -> new MarketplaceRules(14, many, 1024))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void timeIsApprovedAutomaticallyOnlyWhenTheOwnerSaysAfterHowManyDays() {
    var types = new java.util.TreeSet<>(java.util.Set.of("application/pdf"));
    assertThat(new MarketplaceRules(14, types, 1024).timeApprovalDays()).isNull();
    assertThat(MarketplaceRules.DEFAULTS.timeApprovalDays()).isNull();
    assertThat(new MarketplaceRules(14, types, 1024, 7).timeApprovalDays()).isEqualTo(7);
    assertThatThrownBy(() -> new MarketplaceRules(14, types, 1024, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("or never");
    assertThatThrownBy(() -> new MarketplaceRules(14, types, 1024, 91))
        .isInstanceOf(InvalidInputException.class);

    var tenant = tenant("acme", "USD", 10, "#000000");
    assertThat(tenant.rules().timeApprovalDays()).isNull();
    tenant.changeRules(new MarketplaceRules(10, types, 2048, 5));
    assertThat(tenant.rules()).isEqualTo(new MarketplaceRules(10, types, 2048, 5));
    tenant.changeRules(new MarketplaceRules(10, types, 2048));
    assertThat(tenant.rules().timeApprovalDays()).isNull();
  }
}
