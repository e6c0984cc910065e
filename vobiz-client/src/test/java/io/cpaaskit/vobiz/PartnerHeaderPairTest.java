package io.cpaaskit.vobiz;

import io.cpaaskit.testing.CallMode;
import static io.cpaaskit.vobiz.VobizFixture.CUSTOMERS_JSON;
import static io.cpaaskit.vobiz.VobizFixture.PARTNER_ID;
import static io.cpaaskit.vobiz.VobizFixture.PARTNER_TOKEN;
import static io.cpaaskit.vobiz.VobizFixture.PROFILE_JSON;
import static io.cpaaskit.vobiz.VobizFixture.assertNoSecrets;
import static io.cpaaskit.vobiz.VobizFixture.loginJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.auth.InvalidApiKeyException;
import io.cpaaskit.vobiz.partner.api.CustomerBearerOnlyProbeApi;
import io.cpaaskit.vobiz.partner.api.CustomersApi;
import io.cpaaskit.vobiz.partner.api.PartnersApi;
import io.cpaaskit.vobiz.partner.api.TokensApi;
import io.cpaaskit.vobiz.partner.model.CustomerPage;
import io.cpaaskit.vobiz.partner.model.PartnerLoginRequest;
import io.cpaaskit.vobiz.partner.model.PartnerProfile;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import retrofit2.Response;

/** Partner credentials ({@code VobizCredentials.partner}): the header pair, end to end through the builder. */
class PartnerHeaderPairTest {
  private final VobizFixture vobiz = new VobizFixture();

  @AfterEach
  void stop() {
    vobiz.close();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void headerPair_travelsOnPartnerOperations_asXAuthIdAndXAuthToken(CallMode mode) throws Exception {
    VobizClient client = vobiz.client(VobizFixture.partner());
    vobiz.enqueue(200, CUSTOMERS_JSON);
    vobiz.enqueue(200, PROFILE_JSON);

    Response<CustomerPage> customers = mode.run(client.partner().create(CustomersApi.class).listCustomers(1, 20, null));
    Response<PartnerProfile> profile = mode.run(client.partner().create(PartnersApi.class).getPartnerProfile());

    assertThat(customers.code()).isEqualTo(200);
    assertThat(customers.body().getAccounts()).hasSize(1);
    assertThat(profile.body().getAuthId()).isEqualTo(PARTNER_ID);
    for (String path : new String[] {"/api/v1/partner/accounts", "/api/v1/partner/me"}) {
      RecordedRequest request = vobiz.take();
      assertThat(request.getUrl().encodedPath()).isEqualTo(path);
      assertThat(request.getHeaders().get("X-Auth-ID")).isEqualTo(PARTNER_ID);
      assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(PARTNER_TOKEN);
      assertThat(request.getHeaders().get("Authorization")).isNull();
    }
    vobiz.assertLogsClean();
    assertThat(vobiz.logLines).contains("X-Auth-ID: " + PARTNER_ID, "X-Auth-Token: ***"); // the id is no secret
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void partnerLoginOperation_withoutSecurity_carriesNoCredential(CallMode mode) throws Exception {
    VobizClient client = vobiz.client(VobizFixture.partner());
    vobiz.enqueue(200, loginJson(VobizFixture.JWT_1));

    Response<?> response =
        mode.run(client.partner().create(TokensApi.class)
            .partnerLogin(new PartnerLoginRequest().email(VobizFixture.EMAIL).password(VobizFixture.PASSWORD)));

    assertThat(response.code()).isEqualTo(200);
    RecordedRequest request = vobiz.take();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/partner/login");
    assertThat(request.getHeaders().names()).doesNotContain("X-Auth-ID", "X-Auth-Token", "Authorization");
    vobiz.assertLogsClean();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void operationNotAcceptingThePair_failsBeforeAnythingIsSent(CallMode mode) {
    VobizClient client = vobiz.client(VobizFixture.partner());

    CredentialNotAcceptedException refused =
        catchThrowableOfType(
            CredentialNotAcceptedException.class,
            () -> mode.run(client.partner().create(CustomerBearerOnlyProbeApi.class).probe()));

    assertThat(refused).hasMessageContaining("probeCustomerBearerOnly").hasMessageContaining("nothing was sent");
    assertNoSecrets(refused);
    assertThat(vobiz.requestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void unauthorized_becomesInvalidApiKey_andIsNotRetried(CallMode mode) {
    VobizClient client = vobiz.client(VobizFixture.partner());
    vobiz.enqueue(401, "{\"status\":\"error\",\"message\":\"Invalid credentials\"}");
    vobiz.enqueue(200, CUSTOMERS_JSON); // would only be taken by a retry

    InvalidApiKeyException rejected =
        catchThrowableOfType(
            InvalidApiKeyException.class,
            () -> mode.run(client.partner().create(CustomersApi.class).listCustomers(null, null, null)));

    assertThat(rejected).hasMessageContaining("listCustomers").hasMessageContaining("401");
    assertNoSecrets(rejected);
    assertThat(vobiz.requestCount()).isEqualTo(1);
  }
}
