package io.cpaaskit.vobiz;

import io.cpaaskit.testing.CallMode;
import static io.cpaaskit.vobiz.VobizFixture.CONCURRENCY_JSON;
import static io.cpaaskit.vobiz.VobizFixture.CUSTOMERS_JSON;
import static io.cpaaskit.vobiz.VobizFixture.CUSTOMER_ID;
import static io.cpaaskit.vobiz.VobizFixture.CUSTOMER_TOKEN;
import static io.cpaaskit.vobiz.VobizFixture.PARTNER_ID;
import static io.cpaaskit.vobiz.VobizFixture.PARTNER_TOKEN;
import static io.cpaaskit.vobiz.VobizFixture.SUB_ACCOUNT_ID;
import static io.cpaaskit.vobiz.VobizFixture.SUB_ACCOUNT_TOKEN;
import static io.cpaaskit.vobiz.VobizFixture.assertNoSecrets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.auth.InvalidApiKeyException;
import io.cpaaskit.vobiz.partner.api.CustomersApi;
import io.cpaaskit.vobiz.voice.api.AccountsApi;
import io.cpaaskit.vobiz.voice.api.KycVerificationsApi;
import io.cpaaskit.vobiz.voice.api.SubAccountsApi;
import io.cpaaskit.vobiz.voice.model.Concurrency;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import retrofit2.Response;

/**
 * Customer credentials ({@code VobizCredentials.customer}) on the voice API: the customer's own header pair, and the
 * {@code auth_id} guard. The voice spec has no operation with {@code security: []}, so the "no credential" case is
 * covered by the partner tests only.
 */
class CustomerScopeTest {
  private final VobizFixture vobiz = new VobizFixture();

  @AfterEach
  void stop() {
    vobiz.close();
  }

  private static void assertPair(RecordedRequest request, String authId, String authToken) {
    assertThat(request.getHeaders().get("X-Auth-ID")).isEqualTo(authId);
    assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(authToken);
    assertThat(request.getHeaders().get("Authorization")).isNull();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void customerPair_travelsOnVoiceOperations_underApiV1(CallMode mode) throws Exception {
    VobizClient client = vobiz.client(VobizFixture.customer());
    VobizClient.CustomerScope acme = client.customer();
    vobiz.enqueue(200, CONCURRENCY_JSON);
    vobiz.enqueue(200, "{\"auth_id\":\"MA_ABCDEF1234\",\"name\":\"Acme\"}");

    Response<Concurrency> concurrency = mode.run(acme.create(AccountsApi.class).getConcurrency(acme.authId()));
    assertThat(mode.run(acme.create(AccountsApi.class).getAuthProfile()).code()).isEqualTo(200);

    assertThat(acme.authId()).isEqualTo(CUSTOMER_ID);
    assertThat(concurrency.body().getConcurrentCalls()).isEqualTo(2);
    RecordedRequest first = vobiz.take();
    assertThat(first.getUrl().encodedPath()).isEqualTo("/api/v1/Account/MA_ABCDEF1234/concurrency");
    assertPair(first, CUSTOMER_ID, CUSTOMER_TOKEN);
    RecordedRequest second = vobiz.take();
    assertThat(second.getUrl().encodedPath()).isEqualTo("/api/v1/auth/me");
    assertPair(second, CUSTOMER_ID, CUSTOMER_TOKEN);
    vobiz.assertLogsClean();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void partnerClient_signsEachScopeWithItsOwnPair(CallMode mode) throws Exception {
    VobizClient client = vobiz.client(VobizFixture.partner());
    VobizClient.CustomerScope acme = client.customer(VobizFixture.customer());
    VobizClient.CustomerScope branch = client.customer(VobizCredentials.customer(SUB_ACCOUNT_ID, SUB_ACCOUNT_TOKEN));
    vobiz.enqueue(200, CONCURRENCY_JSON);
    vobiz.enqueue(200, CUSTOMERS_JSON);
    vobiz.enqueue(200, CONCURRENCY_JSON);

    mode.run(acme.create(AccountsApi.class).getConcurrency(acme.authId()));
    mode.run(client.partner().create(CustomersApi.class).listCustomers(null, null, null));
    mode.run(branch.create(AccountsApi.class).getConcurrency(branch.authId()));

    assertPair(vobiz.take(), CUSTOMER_ID, CUSTOMER_TOKEN);
    assertPair(vobiz.take(), PARTNER_ID, PARTNER_TOKEN);
    RecordedRequest subAccount = vobiz.take();
    assertThat(subAccount.getUrl().encodedPath()).isEqualTo("/api/v1/Account/SA_QRST5678/concurrency");
    assertPair(subAccount, SUB_ACCOUNT_ID, SUB_ACCOUNT_TOKEN);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void anotherAccountsAuthId_isRefusedBeforeAnythingIsSent(CallMode mode) {
    VobizClient.CustomerScope acme = vobiz.client(VobizFixture.partner()).customer(VobizFixture.customer());

    CredentialNotAcceptedException refused =
        catchThrowableOfType(
            CredentialNotAcceptedException.class,
            () -> mode.run(acme.create(AccountsApi.class).getConcurrency("MA_OTHER9876")));

    assertThat(refused)
        .hasMessageContaining("getConcurrency")
        .hasMessageContaining("MA_OTHER9876")
        .hasMessageContaining(CUSTOMER_ID)
        .hasMessageContaining("nothing was sent");
    assertNoSecrets(refused);
    assertThat(vobiz.requestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void anAuthIdArgumentThatIsNotAnAuthId_isRefusedWithoutBeingEchoed(CallMode mode) {
    VobizClient.CustomerScope acme = vobiz.client(VobizFixture.customer()).customer();

    CredentialNotAcceptedException refused =
        catchThrowableOfType(
            CredentialNotAcceptedException.class,
            () -> mode.run(acme.create(AccountsApi.class).getConcurrency(CUSTOMER_TOKEN)));

    assertThat(refused).hasMessageContaining("(another auth_id)");
    assertNoSecrets(refused);
    assertThat(vobiz.requestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void subAccountParameters_areNotMistakenForTheAccount(CallMode mode) throws Exception {
    VobizClient.CustomerScope acme = vobiz.client(VobizFixture.customer()).customer();
    vobiz.enqueue(200, "{\"auth_id\":\"SA_QRST5678\",\"name\":\"Branch\"}");
    vobiz.enqueue(200, "{\"status\":\"pending\"}");

    assertThat(mode.run(acme.create(SubAccountsApi.class).getSubAccount(acme.authId(), SUB_ACCOUNT_ID)).code())
        .isEqualTo(200);
    assertThat(mode.run(acme.create(KycVerificationsApi.class).getSubAccountKycStatus(SUB_ACCOUNT_ID)).code())
        .isEqualTo(200);

    assertPair(vobiz.take(), CUSTOMER_ID, CUSTOMER_TOKEN);
    assertPair(vobiz.take(), CUSTOMER_ID, CUSTOMER_TOKEN);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void unauthorized_becomesInvalidApiKey_andIsNotRetried(CallMode mode) {
    VobizClient.CustomerScope acme = vobiz.client(VobizFixture.customer()).customer();
    vobiz.enqueue(401, "{\"error\":\"unauthorized\"}");
    vobiz.enqueue(200, CONCURRENCY_JSON); // only a retry would take this

    InvalidApiKeyException rejected =
        catchThrowableOfType(
            InvalidApiKeyException.class,
            () -> mode.run(acme.create(AccountsApi.class).getConcurrency(acme.authId())));

    assertThat(rejected).hasMessageContaining("getConcurrency").hasMessageContaining("401");
    assertNoSecrets(rejected);
    assertThat(vobiz.requestCount()).isEqualTo(1);
  }
}
