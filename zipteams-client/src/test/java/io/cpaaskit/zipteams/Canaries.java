package io.cpaaskit.zipteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Distinctive secret values, and checks that they appear nowhere they must not. */
final class Canaries {
  static final String PARTNER_KEY = "CANARY-key-7f3a";
  static final String PARTNER_SECRET = "CANARY-secret-9b2c";
  static final String CUSTOMER_KEY = "CANARY-zipkey-41d8";
  static final String TENANT = "tenant1";
  static final String SUB_TENANT = "subtenant1";

  static final List<String> SECRETS = List.of(PARTNER_KEY, PARTNER_SECRET, CUSTOMER_KEY);

  private Canaries() {}

  static ZipteamsCredentials partner() {
    return ZipteamsCredentials.partner(PARTNER_KEY, PARTNER_SECRET, TENANT, SUB_TENANT);
  }

  static ZipteamsCredentials customer() {
    return ZipteamsCredentials.customer(CUSTOMER_KEY);
  }

  /** Asserts that no secret is in the text. */
  static void assertNoSecret(String text) {
    for (String secret : SECRETS) {
      assertThat(text).doesNotContain(secret);
    }
  }

  /** Asserts that no secret is in the toString() or message of the throwable or any of its causes. */
  static void assertNoSecret(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertNoSecret(String.valueOf(t));
      assertNoSecret(String.valueOf(t.getMessage()));
      for (Throwable suppressed : t.getSuppressed()) {
        assertNoSecret(suppressed);
      }
    }
  }
}
