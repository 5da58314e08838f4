package com.marketplace.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.platform.web.KnownFields;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal API's request bodies keep the bounds its pages show, and the profile's body is the
 * record whose fields are the only ones it takes.
 */
class PortalRequestsTest {

  static Validator validator;

  @BeforeAll
  static void start() {
    validator =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }

  @Test
  void theProfileTakesThePagesBoundsAndLeavesOutWhatIsNotSent() {
    assertThat(validator.validate(new PortalResource.ProfileChange(null, null, null))).isEmpty();
    assertThat(validator.validate(new PortalResource.ProfileChange("Ann", "+49 30 1", "Main St")))
        .isEmpty();
    assertThat(validator.validate(new PortalResource.ProfileChange("", null, null))).hasSize(1);
    assertThat(validator.validate(new PortalResource.ProfileChange("a".repeat(121), null, null)))
        .hasSize(1);
    assertThat(validator.validate(new PortalResource.ProfileChange(null, "1".repeat(41), null)))
        .hasSize(1);
    assertThat(validator.validate(new PortalResource.ProfileChange(null, null, "a".repeat(501))))
        .hasSize(1);
  }

  @Test
  void aCardPaymentIsOfAPositiveAmountWithACard() {
    assertThat(validator.validate(new PortalResource.CardPayment(100L, "4242424242424242")))
        .isEmpty();
    assertThat(validator.validate(new PortalResource.CardPayment(-100L, "4242424242424242")))
        .hasSize(1);
    assertThat(validator.validate(new PortalResource.CardPayment(0L, "4242424242424242")))
        .hasSize(1);
    assertThat(validator.validate(new PortalResource.CardPayment(100L, " "))).hasSize(1);
  }

  @Test
  void theProfilesBodyIsItsRecordAndOnlyItsFieldsAreKnown() throws Exception {
    var change =
        PortalResource.class.getMethod("changeProfile", PortalResource.ProfileChange.class);
    assertThat(KnownFields.bodyType(change)).isEqualTo(PortalResource.ProfileChange.class);
    var pay =
        PortalResource.class.getMethod(
            "pay", long.class, String.class, PortalResource.CardPayment.class);
    assertThat(KnownFields.bodyType(pay)).isEqualTo(PortalResource.CardPayment.class);
    assertThat(KnownFields.bodyType(PortalResource.class.getMethod("cancel", long.class))).isNull();
  }
}
