package com.marketplace.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;

class PersistenceTest {

  @Test
  void recognisesAUniqueViolationAnywhereInTheCauseChain() {
    var wrapped =
        new PersistenceException(
            new RuntimeException(new SQLIntegrityConstraintViolationException("Duplicate")));
    assertThat(Persistence.isUniqueViolation(wrapped)).isTrue();
    assertThat(Persistence.isUniqueViolation(new PersistenceException(new SQLTimeoutException())))
        .isFalse();
  }
}
