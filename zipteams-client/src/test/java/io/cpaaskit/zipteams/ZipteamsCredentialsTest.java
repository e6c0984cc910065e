package io.cpaaskit.zipteams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The credential factories: what they refuse, how they print, how they compare. */
class ZipteamsCredentialsTest {
  private static final String BAD_SECRET = "CANARY-bad-5e1d";

  /** Each field of each factory, with a function that builds the credential with that field replaced. */
  static Stream<Arguments> fields() {
    return Stream.of(
        Arguments.of("apiKey", true, (Function<String, ZipteamsCredentials>)
            v -> ZipteamsCredentials.partner(v, Canaries.PARTNER_SECRET, Canaries.TENANT, Canaries.SUB_TENANT)),
        Arguments.of("apiSecret", true, (Function<String, ZipteamsCredentials>)
            v -> ZipteamsCredentials.partner(Canaries.PARTNER_KEY, v, Canaries.TENANT, Canaries.SUB_TENANT)),
        Arguments.of("tenantId", false, (Function<String, ZipteamsCredentials>)
            v -> ZipteamsCredentials.partner(Canaries.PARTNER_KEY, Canaries.PARTNER_SECRET, v, Canaries.SUB_TENANT)),
        Arguments.of("subTenantId", false, (Function<String, ZipteamsCredentials>)
            v -> ZipteamsCredentials.partner(Canaries.PARTNER_KEY, Canaries.PARTNER_SECRET, Canaries.TENANT, v)),
        Arguments.of("apiKey", true, (Function<String, ZipteamsCredentials>) ZipteamsCredentials::customer));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void rejectsMissingBlankAndPaddedValuesNamingTheField(
      String field, boolean secret, Function<String, ZipteamsCredentials> factory) {
    assertRejected(factory, null, field + " is null");
    assertRejected(factory, "", field + " is blank");
    assertRejected(factory, " \t", field + " is blank");
    assertRejected(factory, " " + BAD_SECRET, field + " has leading or trailing whitespace");
    assertRejected(factory, BAD_SECRET + "\n", field + " has leading or trailing whitespace");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void rejectsCharactersAnHttpHeaderCannotCarryWithoutEchoingTheValue(
      String field, boolean secret, Function<String, ZipteamsCredentials> factory) {
    String expected = field + " holds a character that cannot be sent in an HTTP header";
    assertRejected(factory, BAD_SECRET + "\u00e9", expected);
    assertRejected(factory, BAD_SECRET + "\u0000x", expected);
    assertRejected(factory, "CANARY\r\nX-Injected: 1", expected);
    assertRejected(factory, "CANARY\u2003bad", expected);
    if (secret) {
      assertRejected(factory, "CANARY-two words", expected); // a key is one token
    } else {
      assertThat(factory.apply("Team North")).isNotNull(); // an id may hold a space
    }
  }

  @Test
  void toStringShowsTheKindAndTheTenantPairButNeverAKeyOrSecret() {
    String partner = Canaries.partner().toString();
    String customer = Canaries.customer().toString();

    assertThat(partner).startsWith("ZipteamsCredentials.partner{").contains("tenantId=tenant1", "subTenantId=subtenant1")
        .contains("apiKey=***", "apiSecret=***");
    assertThat(customer).startsWith("ZipteamsCredentials.customer{").contains("apiKey=***");
    Canaries.assertNoSecret(partner);
    Canaries.assertNoSecret(customer);
  }

  @Test
  void equalityCoversEveryField() {
    ZipteamsCredentials partner = Canaries.partner();
    ZipteamsCredentials same = ZipteamsCredentials.partner(
        Canaries.PARTNER_KEY, Canaries.PARTNER_SECRET, Canaries.TENANT, Canaries.SUB_TENANT);

    assertThat(partner).isEqualTo(same).hasSameHashCodeAs(same);
    List<ZipteamsCredentials> different = new ArrayList<>(Arrays.asList(
        ZipteamsCredentials.partner("other-key", Canaries.PARTNER_SECRET, Canaries.TENANT, Canaries.SUB_TENANT),
        ZipteamsCredentials.partner(Canaries.PARTNER_KEY, "other-secret", Canaries.TENANT, Canaries.SUB_TENANT),
        ZipteamsCredentials.partner(Canaries.PARTNER_KEY, Canaries.PARTNER_SECRET, "tenant2", Canaries.SUB_TENANT),
        ZipteamsCredentials.partner(Canaries.PARTNER_KEY, Canaries.PARTNER_SECRET, Canaries.TENANT, "subtenant2"),
        ZipteamsCredentials.customer(Canaries.PARTNER_KEY)));
    for (ZipteamsCredentials other : different) {
      assertThat(other).isNotEqualTo(partner);
    }
    assertThat(Canaries.customer()).isEqualTo(ZipteamsCredentials.customer(Canaries.CUSTOMER_KEY))
        .hasSameHashCodeAs(ZipteamsCredentials.customer(Canaries.CUSTOMER_KEY))
        .isNotEqualTo(ZipteamsCredentials.customer("other-key"));
  }

  private static void assertRejected(Function<String, ZipteamsCredentials> factory, String value, String message) {
    IllegalArgumentException rejected =
        catchThrowableOfType(IllegalArgumentException.class, () -> factory.apply(value));

    assertThat(rejected).as("a rejection of %s", message).isNotNull();
    assertThat(rejected.getMessage()).startsWith(message).doesNotContain("CANARY").doesNotContain(BAD_SECRET);
    assertThat(rejected.toString()).doesNotContain("CANARY");
  }
}
