package io.cpaaskit.vobiz;

import static io.cpaaskit.vobiz.VobizFixture.CUSTOMER_ID;
import static io.cpaaskit.vobiz.VobizFixture.CUSTOMER_TOKEN;
import static io.cpaaskit.vobiz.VobizFixture.EMAIL;
import static io.cpaaskit.vobiz.VobizFixture.PARTNER_ID;
import static io.cpaaskit.vobiz.VobizFixture.PARTNER_TOKEN;
import static io.cpaaskit.vobiz.VobizFixture.PASSWORD;
import static io.cpaaskit.vobiz.VobizFixture.assertNoSecrets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The three credential factories: validation that names the field and never the value, masking, equality. */
class VobizCredentialsTest {
  private static final String BAD_TOKEN_SPACE = "CANARY-bad token";
  private static final String BAD_TOKEN_UNICODE = "CANARY-bäd-token";

  static Stream<Arguments> rejected() {
    return Stream.of(
        // field, expected words, factory call
        Arguments.of("authId", "null", (Supplier<?>) () -> VobizCredentials.partner(null, PARTNER_TOKEN)),
        Arguments.of("authId", "blank", (Supplier<?>) () -> VobizCredentials.partner("  ", PARTNER_TOKEN)),
        Arguments.of("authId", "whitespace", (Supplier<?>) () -> VobizCredentials.partner(" PA_XY123456", PARTNER_TOKEN)),
        Arguments.of("authId", "PA_", (Supplier<?>) () -> VobizCredentials.partner("CANARY-not-an-id", PARTNER_TOKEN)),
        Arguments.of("authId", "PA_", (Supplier<?>) () -> VobizCredentials.partner("PA_", PARTNER_TOKEN)),
        Arguments.of("authId", "VobizCredentials.customer", (Supplier<?>) () -> VobizCredentials.partner(CUSTOMER_ID, PARTNER_TOKEN)),
        Arguments.of("authToken", "null", (Supplier<?>) () -> VobizCredentials.partner(PARTNER_ID, null)),
        Arguments.of("authToken", "blank", (Supplier<?>) () -> VobizCredentials.partner(PARTNER_ID, "")),
        Arguments.of("authToken", "whitespace", (Supplier<?>) () -> VobizCredentials.partner(PARTNER_ID, PARTNER_TOKEN + "\n")),
        Arguments.of("authToken", "header", (Supplier<?>) () -> VobizCredentials.partner(PARTNER_ID, BAD_TOKEN_SPACE)),
        Arguments.of("authToken", "header", (Supplier<?>) () -> VobizCredentials.customer(CUSTOMER_ID, BAD_TOKEN_UNICODE)),
        Arguments.of("authId", "MA_", (Supplier<?>) () -> VobizCredentials.customer("CANARY-not-an-id", CUSTOMER_TOKEN)),
        Arguments.of("authId", "VobizCredentials.partner", (Supplier<?>) () -> VobizCredentials.customer(PARTNER_ID, CUSTOMER_TOKEN)),
        Arguments.of("authId", "null", (Supplier<?>) () -> VobizCredentials.customer(null, CUSTOMER_TOKEN)),
        Arguments.of("authToken", "blank", (Supplier<?>) () -> VobizCredentials.customer(CUSTOMER_ID, "\t")),
        Arguments.of("authId", "PA_", (Supplier<?>) () -> VobizCredentials.partnerLogin("SA_QRST5678", PARTNER_TOKEN, EMAIL, PASSWORD)),
        Arguments.of("authToken", "null", (Supplier<?>) () -> VobizCredentials.partnerLogin(PARTNER_ID, null, EMAIL, PASSWORD)),
        Arguments.of("email", "null", (Supplier<?>) () -> VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, null, PASSWORD)),
        Arguments.of("email", "blank", (Supplier<?>) () -> VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, " ", PASSWORD)),
        Arguments.of("email", "e-mail address", (Supplier<?>) () -> VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, "CANARY-no-at-sign", PASSWORD)),
        Arguments.of("email", "e-mail address", (Supplier<?>) () -> VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, "ops@", PASSWORD)),
        Arguments.of("password", "null", (Supplier<?>) () -> VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, EMAIL, null)),
        Arguments.of("password", "blank", (Supplier<?>) () -> VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, EMAIL, "   ")),
        Arguments.of("password", "whitespace", (Supplier<?>) () -> VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, EMAIL, " " + PASSWORD)));
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @MethodSource("rejected")
  void factories_rejectMissingOrMalformedValues_namingTheFieldButNotTheValue(String field, String words, Supplier<?> factory) {
    IllegalArgumentException failure = catchThrowableOfType(IllegalArgumentException.class, factory::get);

    assertThat(failure).hasMessageStartingWith(field).hasMessageContaining(words);
    assertNoSecrets(failure);
    assertThat(failure.getMessage()).doesNotContain(BAD_TOKEN_SPACE, BAD_TOKEN_UNICODE, "not-an-id", "no-at-sign");
  }

  @Test
  void factories_acceptEachKindOfAuthId() {
    assertThat(VobizCredentials.partner(PARTNER_ID, PARTNER_TOKEN).authId()).isEqualTo(PARTNER_ID);
    assertThat(VobizCredentials.customer(CUSTOMER_ID, CUSTOMER_TOKEN).authId()).isEqualTo(CUSTOMER_ID);
    assertThat(VobizCredentials.customer("SA_QRST5678", CUSTOMER_TOKEN).authId()).isEqualTo("SA_QRST5678");
    assertThat(VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, EMAIL, PASSWORD).authId()).isEqualTo(PARTNER_ID);
  }

  @Test
  void toString_showsKindAndAuthId_andMasksEverySecret() {
    String partner = VobizCredentials.partner(PARTNER_ID, PARTNER_TOKEN).toString();
    String login = VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, EMAIL, PASSWORD).toString();
    String customer = VobizCredentials.customer(CUSTOMER_ID, CUSTOMER_TOKEN).toString();

    assertThat(partner).contains("partner", PARTNER_ID, "authToken=***");
    assertThat(login).contains("partnerLogin", PARTNER_ID, "email=***@resellerco.example", "password=***}");
    assertThat(login).doesNotContain("ops@");
    assertThat(customer).contains("customer", CUSTOMER_ID, "authToken=***");
    for (String text : new String[] {partner, login, customer}) {
      assertNoSecrets(text);
    }
  }

  @Test
  void equality_coversEveryField() {
    VobizCredentials login = VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, EMAIL, PASSWORD);

    assertThat(login).isEqualTo(VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, EMAIL, PASSWORD));
    assertThat(login).hasSameHashCodeAs(VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, EMAIL, PASSWORD));
    assertThat(login)
        .isNotEqualTo(VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, EMAIL, PASSWORD + "x"))
        .isNotEqualTo(VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN, "other@resellerco.example", PASSWORD))
        .isNotEqualTo(VobizCredentials.partnerLogin(PARTNER_ID, PARTNER_TOKEN + "x", EMAIL, PASSWORD))
        .isNotEqualTo(VobizCredentials.partnerLogin("PA_OTHER1", PARTNER_TOKEN, EMAIL, PASSWORD))
        .isNotEqualTo(VobizCredentials.partner(PARTNER_ID, PARTNER_TOKEN));
    assertThat(VobizCredentials.customer(CUSTOMER_ID, CUSTOMER_TOKEN))
        .isEqualTo(VobizCredentials.customer(CUSTOMER_ID, CUSTOMER_TOKEN))
        .isNotEqualTo(VobizCredentials.customer(CUSTOMER_ID, CUSTOMER_TOKEN + "x"));
  }
}
