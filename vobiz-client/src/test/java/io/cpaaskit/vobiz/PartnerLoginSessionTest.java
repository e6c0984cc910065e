package io.cpaaskit.vobiz;

import io.cpaaskit.testing.CallMode;
import static io.cpaaskit.vobiz.VobizFixture.CUSTOMERS_JSON;
import static io.cpaaskit.vobiz.VobizFixture.EMAIL;
import static io.cpaaskit.vobiz.VobizFixture.JWT_1;
import static io.cpaaskit.vobiz.VobizFixture.JWT_2;
import static io.cpaaskit.vobiz.VobizFixture.PARTNER_ID;
import static io.cpaaskit.vobiz.VobizFixture.PARTNER_TOKEN;
import static io.cpaaskit.vobiz.VobizFixture.PASSWORD;
import static io.cpaaskit.vobiz.VobizFixture.PROFILE_JSON;
import static io.cpaaskit.vobiz.VobizFixture.assertNoSecrets;
import static io.cpaaskit.vobiz.VobizFixture.loginJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.auth.InvalidApiKeyException;
import io.cpaaskit.auth.InvalidCredentialsException;
import io.cpaaskit.auth.LoginUnavailableException;
import io.cpaaskit.auth.RateLimitedException;
import io.cpaaskit.auth.TokenListener;
import io.cpaaskit.vobiz.partner.api.CustomerBearerOnlyProbeApi;
import io.cpaaskit.vobiz.partner.api.CustomersApi;
import io.cpaaskit.vobiz.partner.api.PartnersApi;
import io.cpaaskit.vobiz.partner.api.TokensApi;
import io.cpaaskit.vobiz.partner.model.PartnerLoginRequest;
import io.cpaaskit.vobiz.partner.model.PartnerProfile;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import retrofit2.Response;

/**
 * Partner credentials with a console login ({@code VobizCredentials.partnerLogin}): the JWT on the operations that
 * accept {@code vobizPartnerBearer}, the header pair everywhere else, and the token's whole lifecycle.
 */
class PartnerLoginSessionTest {
  private static final String LOGIN_PATH = "/api/v1/partner/login";

  private final VobizFixture vobiz = new VobizFixture();

  @AfterEach
  void stop() {
    vobiz.close();
  }

  private PartnersApi partners(VobizClient client) {
    return client.partner().create(PartnersApi.class);
  }

  private void assertLogin(RecordedRequest login) {
    assertThat(login.getMethod()).isEqualTo("POST");
    assertThat(login.getUrl().encodedPath()).isEqualTo(LOGIN_PATH);
    assertThat(login.getHeaders().names()).doesNotContain("X-Auth-ID", "X-Auth-Token", "Authorization");
    assertThat(login.getBody().utf8())
        .isEqualTo("{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}");
  }

  private static void assertBearer(RecordedRequest request, String jwt) {
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + jwt);
    assertThat(request.getHeaders().names()).doesNotContain("X-Auth-Token", "X-Auth-ID");
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void jwtGoesToBearerOperations_pairToTheOthers_andTheLoginCarriesNeither(CallMode mode) throws Exception {
    VobizClient client = vobiz.client(VobizFixture.partnerLogin());
    vobiz.enqueue(200, loginJson(JWT_1));
    vobiz.enqueue(200, PROFILE_JSON);
    vobiz.enqueue(200, CUSTOMERS_JSON);
    vobiz.enqueue(200, loginJson(JWT_2));

    assertThat(mode.run(partners(client).getPartnerProfile()).code()).isEqualTo(200);
    assertThat(mode.run(client.partner().create(CustomersApi.class).listCustomers(1, 20, null)).code()).isEqualTo(200);
    assertThat(mode.run(client.partner().create(TokensApi.class)
            .partnerLogin(new PartnerLoginRequest().email(EMAIL).password(PASSWORD))).code())
        .isEqualTo(200);

    assertLogin(vobiz.take());
    RecordedRequest profile = vobiz.take();
    assertThat(profile.getUrl().encodedPath()).isEqualTo("/api/v1/partner/me");
    assertBearer(profile, JWT_1);
    RecordedRequest customers = vobiz.take();
    assertThat(customers.getUrl().encodedPath()).isEqualTo("/api/v1/partner/accounts");
    assertThat(customers.getHeaders().get("X-Auth-ID")).isEqualTo(PARTNER_ID);
    assertThat(customers.getHeaders().get("X-Auth-Token")).isEqualTo(PARTNER_TOKEN);
    assertThat(customers.getHeaders().get("Authorization")).isNull();
    RecordedRequest loginOperation = vobiz.take();
    assertThat(loginOperation.getUrl().encodedPath()).isEqualTo(LOGIN_PATH);
    assertThat(loginOperation.getHeaders().names()).doesNotContain("X-Auth-ID", "X-Auth-Token", "Authorization");
    assertThat(vobiz.requestCount()).isEqualTo(4);
    vobiz.assertLogsClean();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void firstCall_logsInOnce_andLaterCallsReuseTheToken(CallMode mode) throws Exception {
    VobizClient client = vobiz.client(VobizFixture.partnerLogin());
    vobiz.enqueue(200, loginJson(JWT_1));
    vobiz.enqueue(200, PROFILE_JSON);
    vobiz.enqueue(200, "{\"total_balance\":\"18250.50000\"}");

    Response<PartnerProfile> profile = mode.run(partners(client).getPartnerProfile());
    vobiz.clock.advance(Duration.ofMinutes(30)); // still fresh: a 1-hour token refreshes from T-15 min
    assertThat(mode.run(partners(client).getPartnerDashboard()).code()).isEqualTo(200);

    assertThat(profile.body().getAuthId()).isEqualTo(PARTNER_ID);
    assertLogin(vobiz.take());
    assertBearer(vobiz.take(), JWT_1);
    assertBearer(vobiz.take(), JWT_1);
    assertThat(vobiz.requestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void afterTheLifetimePasses_theNextCallLogsInAgain_andNeverSendsTheExpiredToken(CallMode mode) throws Exception {
    VobizClient client = vobiz.client(VobizFixture.partnerLogin());
    vobiz.enqueue(200, loginJson(JWT_1));
    vobiz.enqueue(200, PROFILE_JSON);
    vobiz.enqueue(200, loginJson(JWT_2));
    vobiz.enqueue(200, PROFILE_JSON);

    mode.run(partners(client).getPartnerProfile());
    vobiz.clock.advance(Duration.ofSeconds(3600)); // expires_in, counted from receipt on the client's clock
    assertThat(mode.run(partners(client).getPartnerProfile()).code()).isEqualTo(200);

    assertLogin(vobiz.take());
    assertBearer(vobiz.take(), JWT_1);
    assertLogin(vobiz.take());
    assertBearer(vobiz.take(), JWT_2);
    assertThat(vobiz.requestCount()).isEqualTo(4);
  }

  @Test
  void lifetime_comesFromExpiresIn_relativeToReceipt() throws Exception {
    VobizClient client = vobiz.client(VobizFixture.partnerLogin());
    vobiz.enqueue(200, "{\"tokens\":{\"access_token\":\"" + JWT_1 + "\",\"token_type\":\"Bearer\",\"expires_in\":600}}");
    vobiz.enqueue(200, PROFILE_JSON);
    vobiz.enqueue(200, loginJson(JWT_2));
    vobiz.enqueue(200, PROFILE_JSON);

    partners(client).getPartnerProfile().execute();
    vobiz.clock.advance(Duration.ofSeconds(600)); // a 3600 s assumption would still send JWT_1 here
    partners(client).getPartnerProfile().execute();

    vobiz.take();
    assertBearer(vobiz.take(), JWT_1);
    assertLogin(vobiz.take());
    assertBearer(vobiz.take(), JWT_2);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void unauthorizedOnABearerCall_logsInAgainOnce_andRetriesOnce(CallMode mode) throws Exception {
    List<TokenListener.Reason> logins = new CopyOnWriteArrayList<>();
    VobizClient client =
        vobiz.builder(VobizFixture.partnerLogin())
            .tokenListener(new TokenListener() {
              @Override
              public void loginStarted(Reason reason) {
                logins.add(reason);
              }
            })
            .build();
    vobiz.enqueue(200, loginJson(JWT_1));
    vobiz.enqueue(401, "{\"error\":\"token_expired\"}");
    vobiz.enqueue(200, loginJson(JWT_2));
    vobiz.enqueue(200, PROFILE_JSON);

    Response<PartnerProfile> profile = mode.run(partners(client).getPartnerProfile());

    assertThat(profile.code()).isEqualTo(200);
    assertThat(profile.body().getAuthId()).isEqualTo(PARTNER_ID);
    assertLogin(vobiz.take());
    assertBearer(vobiz.take(), JWT_1);
    assertLogin(vobiz.take());
    assertBearer(vobiz.take(), JWT_2);
    assertThat(vobiz.requestCount()).isEqualTo(4);
    assertThat(logins).containsExactly(TokenListener.Reason.EXPIRED, TokenListener.Reason.REJECTED);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void secondUnauthorized_surfacesAsThe401Response_withoutALoop(CallMode mode) throws Exception {
    VobizClient client = vobiz.client(VobizFixture.partnerLogin());
    vobiz.enqueue(200, loginJson(JWT_1));
    vobiz.enqueue(401, "{\"error\":\"unauthorized\"}");
    vobiz.enqueue(200, loginJson(JWT_2));
    vobiz.enqueue(401, "{\"error\":\"unauthorized\"}");
    vobiz.enqueue(200, loginJson("CANARY-jwt-never-used")); // only a loop would fetch this

    Response<PartnerProfile> profile = mode.run(partners(client).getPartnerProfile());

    assertThat(profile.code()).isEqualTo(401);
    assertThat(profile.body()).isNull();
    assertThat(vobiz.requestCount()).isEqualTo(4);
    assertLogin(vobiz.take());
    assertBearer(vobiz.take(), JWT_1);
    assertLogin(vobiz.take());
    assertBearer(vobiz.take(), JWT_2);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void wrongPassword_isInvalidCredentials_afterExactlyOneLoginRequest(CallMode mode) {
    VobizClient client = vobiz.client(VobizFixture.partnerLogin());
    vobiz.enqueue(401, "{\"error\":\"invalid_credentials\",\"message\":\"Invalid email or password\"}");
    vobiz.enqueue(200, loginJson(JWT_1)); // only a retry would take this

    InvalidCredentialsException refused =
        catchThrowableOfType(InvalidCredentialsException.class, () -> mode.run(partners(client).getPartnerProfile()));

    assertThat(refused).hasMessageContaining("Vobiz partner login").hasMessageContaining("401");
    assertNoSecrets(refused);
    assertThat(vobiz.requestCount()).isEqualTo(1);
    assertLogin(vobiz.take());
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void invalidCredentialsEnvelopeWith200_isStillInvalidCredentials(CallMode mode) {
    VobizClient client = vobiz.client(VobizFixture.partnerLogin());
    vobiz.enqueue(200, "{\"error\":\"invalid_credentials\",\"message\":\"Invalid email or password\"}");

    InvalidCredentialsException refused =
        catchThrowableOfType(InvalidCredentialsException.class, () -> mode.run(partners(client).getPartnerProfile()));

    assertNoSecrets(refused);
    assertThat(vobiz.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void rateLimitedLogin_waitsForRetryAfterOnTheClock_thenSucceeds(CallMode mode) throws Exception {
    VobizClient client = vobiz.client(VobizFixture.partnerLogin());
    Instant start = vobiz.clock.instant();
    vobiz.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());
    vobiz.enqueue(200, loginJson(JWT_1));
    vobiz.enqueue(200, PROFILE_JSON);

    assertThat(mode.run(partners(client).getPartnerProfile()).code()).isEqualTo(200);

    assertThat(Duration.between(start, vobiz.clock.instant())).isEqualTo(Duration.ofSeconds(7));
    assertLogin(vobiz.take());
    assertLogin(vobiz.take());
    assertBearer(vobiz.take(), JWT_1);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void rateLimitedLogin_beyondTheCap_failsFastAsRateLimited(CallMode mode) {
    VobizClient client = vobiz.client(VobizFixture.partnerLogin());
    vobiz.enqueue(new MockResponse.Builder().code(429).setHeader("retry-after", "120").build());

    RateLimitedException limited =
        catchThrowableOfType(RateLimitedException.class, () -> mode.run(partners(client).getPartnerProfile()));

    assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    assertNoSecrets(limited);
    assertThat(vobiz.requestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void unavailableLogin_isRetriedWithinBounds_thenReported(CallMode mode) {
    VobizClient client = vobiz.client(VobizFixture.partnerLogin());
    for (int i = 0; i < 4; i++) {
      vobiz.enqueue(503, "");
    }

    LoginUnavailableException unavailable =
        catchThrowableOfType(LoginUnavailableException.class, () -> mode.run(partners(client).getPartnerProfile()));

    assertThat(unavailable).hasMessageContaining("503");
    assertNoSecrets(unavailable);
    assertThat(vobiz.requestCount()).isEqualTo(3); // LoginRetry's default: three attempts
  }

  @Test
  void loginRedirect_isNeverFollowed_soThePasswordStaysOnTheLoginUrl() {
    VobizClient client = vobiz.client(VobizFixture.partnerLogin());
    for (int i = 0; i < 3; i++) {
      vobiz.enqueue(new MockResponse.Builder().code(307).setHeader("Location", "/elsewhere").build());
    }

    IOException failure = catchThrowableOfType(IOException.class, () -> partners(client).getPartnerProfile().execute());

    assertThat(failure).hasMessageContaining("307");
    assertNoSecrets(failure);
    for (int i = 0; i < vobiz.requestCount(); i++) {
      assertThat(vobiz.take().getUrl().encodedPath()).isEqualTo(LOGIN_PATH);
    }
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void unauthorizedOnAHeaderPairCall_isInvalidApiKey_withoutALogin(CallMode mode) {
    VobizClient client = vobiz.client(VobizFixture.partnerLogin());
    vobiz.enqueue(401, "{\"status\":\"error\",\"message\":\"Invalid credentials\"}");

    InvalidApiKeyException rejected =
        catchThrowableOfType(
            InvalidApiKeyException.class,
            () -> mode.run(client.partner().create(CustomersApi.class).listCustomers(null, null, null)));

    assertThat(rejected).hasMessageContaining("listCustomers");
    assertNoSecrets(rejected);
    assertThat(vobiz.requestCount()).isEqualTo(1);
    assertThat(vobiz.take().getUrl().encodedPath()).isEqualTo("/api/v1/partner/accounts");
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void operationAcceptingNeitherCredential_failsBeforeAnyLoginOrRequest(CallMode mode) {
    VobizClient client = vobiz.client(VobizFixture.partnerLogin());

    CredentialNotAcceptedException refused =
        catchThrowableOfType(
            CredentialNotAcceptedException.class,
            () -> mode.run(client.partner().create(CustomerBearerOnlyProbeApi.class).probe()));

    assertThat(refused).hasMessageContaining("probeCustomerBearerOnly");
    assertNoSecrets(refused);
    assertThat(vobiz.requestCount()).isZero();
  }
}
