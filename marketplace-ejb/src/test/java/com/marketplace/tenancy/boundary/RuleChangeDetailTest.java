package com.marketplace.tenancy.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.tenancy.entity.MarketplaceRules;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RuleChangeDetailTest {

  private static final MarketplaceRules BEFORE =
      new MarketplaceRules(14, new TreeSet<>(Set.of("application/pdf")), 10_485_760, null);

  @Test
  void namesOnlyWhatChanged() {
    var after = new MarketplaceRules(9, new TreeSet<>(Set.of("application/pdf")), 10_485_760, 5);
    assertThat(Tenants.describe(BEFORE, after))
        .isEqualTo("auto-release 14 → 9 days; time approval never → 5 days");
  }

  @Test
  void namesNewUploadTypesAndLimit() {
    var after =
        new MarketplaceRules(
            14, new TreeSet<>(Set.of("application/pdf", "image/png")), 2_048, null);
    assertThat(Tenants.describe(BEFORE, after))
        .isEqualTo("upload types application/pdf, image/png; upload limit 10485760 → 2048 bytes");
  }

  @Test
  void savingTheSameRulesSaysSo() {
    assertThat(Tenants.describe(BEFORE, BEFORE)).isEqualTo("no change");
  }
}
