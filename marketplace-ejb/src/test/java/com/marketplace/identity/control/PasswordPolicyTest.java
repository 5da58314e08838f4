package com.marketplace.identity.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void refusesTooShortOrTooLong() {
    assertThatThrownBy(() -> PasswordPolicy.check("short", "a@b.co"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("8 to 128");
    assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129), "a@b.co"))
        .hasMessageContaining("8 to 128");
    assertThatThrownBy(() -> PasswordPolicy.check(null, "a@b.co")).hasMessageContaining("8 to 128");
  }

  @Test
  void refusesTheMostCommonPasswordsWhateverTheirCase() {
    for (String common :
        new String[] {"password", "12345678", "iloveyou", "Password1", "QWERTYUIOP"}) {
      assertThatThrownBy(() -> PasswordPolicy.check(common, "a@b.co"))
          .as(common)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("most common");
    }
  }

  @Test
  void refusesTheEmailAsPassword() {
    assertThatThrownBy(() -> PasswordPolicy.check("Jane.Doe@Example.com", "jane.doe@example.com"))
        .hasMessageContaining("email");
  }

  @Test
  void acceptsThePasswordsTheDemoAndTestsUse() {
    for (String fine :
        new String[] {"demo-password", "correct-horse-1", "other-horse-2", "page-horse-1"}) {
      assertThatCode(() -> PasswordPolicy.check(fine, "someone@example.test"))
          .as(fine)
          .doesNotThrowAnyException();
    }
  }
}
