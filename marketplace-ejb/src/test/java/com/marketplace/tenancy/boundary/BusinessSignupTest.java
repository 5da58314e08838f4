package com.marketplace.tenancy.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BusinessSignupTest {

  @Test
  void feePercentBecomesBasisPoints() {
    assertThat(BusinessSignup.feeBasisPoints(new BigDecimal("10"))).isEqualTo(1000);
    assertThat(BusinessSignup.feeBasisPoints(new BigDecimal("8.5"))).isEqualTo(850);
    assertThat(BusinessSignup.feeBasisPoints(new BigDecimal("0.25"))).isEqualTo(25);
    assertThat(BusinessSignup.feeBasisPoints(BigDecimal.ZERO)).isZero();
  }

  @Test
  void feeWithMoreThanTwoDecimalsOrMissingIsRefused() {
    assertThatThrownBy(() -> BusinessSignup.feeBasisPoints(new BigDecimal("1.125")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("two decimals");
    assertThatThrownBy(() -> BusinessSignup.feeBasisPoints(null)).hasMessageContaining("required");
  }
}
