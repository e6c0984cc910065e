package io.cpaaskit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.auth.CredentialNotAcceptedException;
import io.cpaaskit.auth.InvalidCredentialsException;
import io.cpaaskit.auth.RetryPolicy;
import io.cpaaskit.core.retrofit.SpecRetrofit;
import io.cpaaskit.testing.FakeClock;
import io.cpaaskit.vobiz.VobizClient;
import io.cpaaskit.vobiz.VobizCredentials;
import io.cpaaskit.vobiz.errors.VobizApiException;
import io.cpaaskit.vobiz.errors.VobizErrors;
import io.cpaaskit.vobiz.paging.VobizPages;
import io.cpaaskit.vobiz.partner.api.CustomersApi;
import io.cpaaskit.vobiz.partner.api.PartnersApi;
import io.cpaaskit.vobiz.partner.api.TransactionsApi;
import io.cpaaskit.vobiz.partner.model.BalanceTransfer;
import io.cpaaskit.vobiz.partner.model.CreateCustomerRequest;
import io.cpaaskit.vobiz.partner.model.CreatedCustomer;
import io.cpaaskit.vobiz.partner.model.Customer;
import io.cpaaskit.vobiz.partner.model.CustomerPage;
import io.cpaaskit.vobiz.partner.model.PartnerProfile;
import io.cpaaskit.vobiz.partner.model.TransferBalanceRequest;
import io.cpaaskit.vobiz.voice.api.AccountsApi;
import io.cpaaskit.vobiz.voice.api.CallsApi;
import io.cpaaskit.vobiz.voice.model.Cdr;
import io.cpaaskit.vobiz.voice.model.LiveCall;
import io.cpaaskit.vobiz.voice.model.MakeCallRequest;
import io.cpaaskit.vobiz.voice.model.MakeCallResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Retrofit;

class VobizSandboxTest {
  private static final String SEEDED = "MA_ABCDEF1234";
  private static final String SEEDED_TOKEN = "seeded-customer-token-0001";
  private static final MediaType JSON = MediaType.get("application/json");

  private final FakeClock clock = new FakeClock(Instant.parse("2026-09-29T10:00:00Z"));
  private final OkHttpClient raw = new OkHttpClient();
  private VobizSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = VobizSandbox.builder().clock(clock).customer(SEEDED, SEEDED_TOKEN).start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void partnerCreatesAndFundsACustomerWhoseCallBecomesACdrOnBothSides() throws IOException {
    VobizClient vobiz = partnerClient();
    CustomersApi customers = vobiz.partner().create(CustomersApi.class);

    CreatedCustomer created = vobiz.execute(customers.createCustomer(newCustomer("acme")));
    assertThat(created.getAuthId()).startsWith("MA_");
    assertThat(created.getAuthToken()).isNotBlank();
    assertThat(vobiz.execute(customers.getCustomer(created.getAuthId())).getEmail()).isEqualTo("acme@clinic.example");
    assertThat(vobiz.execute(customers.listCustomers(1, 20, "acme")).getAccounts())
        .extracting(Customer::getAuthId).containsExactly(created.getAuthId());

    BalanceTransfer transfer = vobiz.execute(vobiz.partner().create(TransactionsApi.class).transferBalance(created.getAuthId(),
        new TransferBalanceRequest().amount(new BigDecimal("250.00")).currency("INR").description("top-up")));
    assertThat(transfer.getStatus()).isEqualTo(BalanceTransfer.StatusEnum.COMPLETED);
    assertThat(transfer.getPartnerBalanceAfter()).isEqualByComparingTo("4750");
    assertThat(transfer.getCustomerBalanceAfter()).isEqualByComparingTo("250");
    assertThat(vobiz.execute(customers.getCustomerBalance(created.getAuthId())).getCashCredits())
        .isEqualByComparingTo("250");
    assertThat(sandbox.partnerBalance()).isEqualByComparingTo("4750");

    VobizClient.CustomerScope acme =
        vobiz.customer(VobizCredentials.customer(created.getAuthId(), created.getAuthToken()));
    CallsApi calls = acme.create(CallsApi.class);
    MakeCallResponse fired = vobiz.execute(calls.makeCall(acme.authId(), call("+14155550100")));
    String uuid = fired.getRequestUuid();
    assertThat(fired.getMessage()).isEqualTo("Call fired");
    assertThat(vobiz.execute(calls.listLiveCalls(acme.authId(), "live")).getCalls()).containsExactly(uuid);
    LiveCall live = vobiz.execute(calls.getLiveCall(acme.authId(), uuid, "live"));
    assertThat(live.getTo()).isEqualTo("+14155550100");

    clock.advance(Duration.ofSeconds(75));
    vobiz.execute(calls.hangupCall(acme.authId(), uuid));
    assertThat(vobiz.execute(calls.listLiveCalls(acme.authId(), "live")).getCalls()).isEmpty();
    assertThatThrownBy(() -> vobiz.execute(calls.getLiveCall(acme.authId(), uuid, "live")))
        .isInstanceOf(VobizApiException.NotFound.class);

    io.cpaaskit.vobiz.voice.api.CdrsApi voiceCdrs = acme.create(io.cpaaskit.vobiz.voice.api.CdrsApi.class);
    List<Cdr> cdrs = vobiz.execute(voiceCdrs.listCdrs(acme.authId(), null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null)).getData();
    assertThat(cdrs).extracting(Cdr::getUuid).containsExactly(uuid);
    Cdr cdr = vobiz.execute(voiceCdrs.getCdr(acme.authId(), uuid)).getData();
    assertThat(cdr.getBillsec()).isEqualTo(75);
    assertThat(cdr.getTotalCost()).isEqualByComparingTo("0.90"); // two started minutes at 0.45
    assertThat(vobiz.execute(acme.create(AccountsApi.class).getBalance(acme.authId(), "INR")).getBalance())
        .isEqualByComparingTo("249.10");

    io.cpaaskit.vobiz.partner.api.CdrsApi partnerCdrs = vobiz.partner().create(io.cpaaskit.vobiz.partner.api.CdrsApi.class);
    assertThat(vobiz.execute(partnerCdrs.listCustomerCdrs(created.getAuthId(), null, null, null, null, null, null,
        null, null, null, null, null, null, null)).getData())
        .extracting(io.cpaaskit.vobiz.partner.model.Cdr::getUuid).containsExactly(uuid);
    assertThat(vobiz.execute(partnerCdrs.listPartnerCdrs(null, null, null, null, null)).getData())
        .extracting(io.cpaaskit.vobiz.partner.model.Cdr::getUuid).containsExactly(uuid);
    assertThat(vobiz.execute(partnerCdrs.getCustomerCdr(created.getAuthId(), uuid)).getData().getBillsec())
        .isEqualTo(75);

    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  @Test
  void aNewCustomerCannotCallBeforeThePartnerTransfersBalance() throws IOException {
    VobizClient vobiz = partnerClient();
    CreatedCustomer created =
        vobiz.execute(vobiz.partner().create(CustomersApi.class).createCustomer(newCustomer("broke")));
    VobizClient.CustomerScope broke =
        vobiz.customer(VobizCredentials.customer(created.getAuthId(), created.getAuthToken()));

    assertThatThrownBy(() -> vobiz.execute(broke.create(CallsApi.class).makeCall(broke.authId(), call("+14155550100"))))
        .isInstanceOfSatisfying(VobizApiException.PaymentRequired.class,
            e -> assertThat(e.code()).isEqualTo("INSUFFICIENT_BALANCE"));
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  @Test
  void aTransferBeyondThePartnerBalanceIsRefusedWithTheDocumentedBody() throws IOException {
    VobizClient vobiz = partnerClient();
    CustomersApi customers = vobiz.partner().create(CustomersApi.class);

    assertThatThrownBy(() -> vobiz.execute(vobiz.partner().create(TransactionsApi.class).transferBalance(SEEDED,
            new TransferBalanceRequest().amount(new BigDecimal("5000.01")).currency("INR"))))
        .isInstanceOfSatisfying(VobizApiException.BadRequest.class, e -> {
          assertThat(e.code()).isEqualTo("INSUFFICIENT_BALANCE");
          assertThat(e.currentBalance()).isEqualByComparingTo("5000");
          assertThat(e.requestedAmount()).isEqualByComparingTo("5000.01");
        });
    assertThat(sandbox.partnerBalance()).isEqualByComparingTo("5000");
    assertThat(vobiz.execute(customers.getCustomerBalance(SEEDED)).getCashCredits()).isEqualByComparingTo("1000");
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  @Test
  void aSecondCustomerWithTheSameEmailIsAConflictAndAWeakPasswordABadRequest() throws IOException {
    VobizClient vobiz = partnerClient();
    CustomersApi customers = vobiz.partner().create(CustomersApi.class);
    vobiz.execute(customers.createCustomer(newCustomer("twin")));

    assertThatThrownBy(() -> vobiz.execute(customers.createCustomer(newCustomer("twin"))))
        .isInstanceOf(VobizApiException.Conflict.class);
    assertThatThrownBy(() -> vobiz.execute(customers.createCustomer(newCustomer("weak").password("password"))))
        .isInstanceOfSatisfying(VobizApiException.BadRequest.class,
            e -> assertThat(e.vendorMessage()).contains("digit").doesNotContain("password\""));
    assertThat(vobiz.execute(customers.listCustomers(null, null, null)).getTotal()).isEqualTo(2);
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  @Test
  void unknownIdsAreNotFoundInVobizsErrorBody() throws IOException {
    VobizClient vobiz = partnerClient();
    VobizClient.CustomerScope seeded = vobiz.customer(VobizCredentials.customer(SEEDED, SEEDED_TOKEN));

    assertThatThrownBy(() -> vobiz.execute(vobiz.partner().create(CustomersApi.class).getCustomer("MA_NOSUCH0001")))
        .isInstanceOfSatisfying(VobizApiException.NotFound.class, e -> {
          assertThat(e.code()).isEqualTo("NOT_FOUND");
          assertThat(e.vendorMessage()).contains("MA_NOSUCH0001");
        });
    assertThatThrownBy(() -> vobiz.execute(seeded.create(CallsApi.class).hangupCall(seeded.authId(), "no-such-call")))
        .isInstanceOf(VobizApiException.NotFound.class);
    assertThatThrownBy(() -> vobiz.execute(
            seeded.create(io.cpaaskit.vobiz.voice.api.CdrsApi.class).getCdr(seeded.authId(), "no-such-cdr")))
        .isInstanceOf(VobizApiException.NotFound.class);
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  @Test
  void partnerLoginSignsTheBearerReadsWithAJwtAndTheOtherOperationsWithThePair() throws IOException {
    VobizClient vobiz = loginClient();

    PartnerProfile me = vobiz.execute(vobiz.partner().create(PartnersApi.class).getPartnerProfile());
    vobiz.execute(vobiz.partner().create(CustomersApi.class).listCustomers(null, null, null));

    assertThat(me.getAuthId()).isEqualTo(sandbox.partnerAuthId());
    assertThat(sandbox.traffic().logins()).isEqualTo(1);
    assertThat(sandbox.traffic().unauthorized()).isZero();
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  @Test
  void aWrongConsolePasswordGetsTheDocumentedInvalidCredentialsBody() throws IOException {
    Request login = new Request.Builder().url(sandbox.baseUrl() + "api/v1/partner/login")
        .post(RequestBody.create("{\"email\":\"" + sandbox.partnerEmail() + "\",\"password\":\"wrong-1!\"}", JSON))
        .build();
    try (Response response = raw.newCall(login).execute()) {
      assertThat(response.code()).isEqualTo(401);
      assertThat(response.body().string()).contains("\"error\":\"invalid_credentials\"").contains("\"message\"");
    }

    VobizClient vobiz = VobizClient.builder().baseUrl(sandbox.baseUrl())
        .credentials(VobizCredentials.partnerLogin(sandbox.partnerAuthId(), sandbox.partnerAuthToken(),
            sandbox.partnerEmail(), "wrong-Passw0rd!"))
        .build();
    assertThatThrownBy(() -> vobiz.execute(vobiz.partner().create(PartnersApi.class).getPartnerProfile()))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(sandbox.traffic().logins()).isZero();
  }

  @Test
  void anExpiredJwtIsRefusedAndTheClientLogsInAgain() throws IOException {
    // The client keeps the system clock, so it still trusts its token; only the sandbox sees the hour pass.
    VobizClient vobiz = loginClient();
    PartnersApi partners = vobiz.partner().create(PartnersApi.class);
    vobiz.execute(partners.getPartnerProfile());

    clock.advance(Duration.ofSeconds(3600));
    PartnerProfile me = vobiz.execute(partners.getPartnerProfile());

    assertThat(me.getAuthId()).isEqualTo(sandbox.partnerAuthId());
    assertThat(sandbox.traffic().expiredTokens()).isEqualTo(1);
    assertThat(sandbox.traffic().unauthorized()).isEqualTo(1);
    assertThat(sandbox.traffic().logins()).isEqualTo(2);
  }

  @Test
  void anExpiredPartnerJwtSentIntoAnInjectedFaultIsCountedToo() throws IOException {
    VobizClient vobiz = VobizClient.builder().baseUrl(sandbox.baseUrl()).retryPolicy(RetryPolicy.none())
        .credentials(VobizCredentials.partnerLogin(sandbox.partnerAuthId(), sandbox.partnerAuthToken(),
            sandbox.partnerEmail(), sandbox.partnerPassword()))
        .build();
    PartnersApi partners = vobiz.partner().create(PartnersApi.class);
    vobiz.execute(partners.getPartnerProfile());

    clock.advance(Duration.ofSeconds(3600));
    sandbox.faults().on("getPartnerProfile").serverErrors(1);
    assertThatThrownBy(() -> vobiz.execute(partners.getPartnerProfile())).isInstanceOf(VobizApiException.class);

    assertThat(sandbox.traffic().expiredTokens()).as("the 503 did not hide the expired token").isEqualTo(1);
    assertThat(sandbox.traffic().unauthorized()).isZero();
  }

  @Test
  void aShorterTokenLifetimeExpiresTheJwtSooner() throws IOException {
    try (VobizSandbox quick = VobizSandbox.builder().clock(clock).tokenLifetime(Duration.ofSeconds(5)).start()) {
      VobizClient vobiz = loginClient(quick);
      PartnersApi partners = vobiz.partner().create(PartnersApi.class);
      vobiz.execute(partners.getPartnerProfile());
      clock.advance(Duration.ofSeconds(4));
      vobiz.execute(partners.getPartnerProfile());
      assertThat(quick.traffic().logins()).isEqualTo(1);

      clock.advance(Duration.ofSeconds(1));
      vobiz.execute(partners.getPartnerProfile());
      assertThat(quick.traffic().expiredTokens()).isEqualTo(1);
      assertThat(quick.traffic().logins()).isEqualTo(2);
    }
  }

  @Test
  void revokedTokensGetExactlyOne401ThenTheClientRecovers() throws IOException {
    VobizClient vobiz = loginClient();
    PartnersApi partners = vobiz.partner().create(PartnersApi.class);
    vobiz.execute(partners.getPartnerProfile());

    sandbox.revokeTokens();
    vobiz.execute(partners.getPartnerProfile());
    vobiz.execute(partners.getPartnerProfile());

    assertThat(sandbox.traffic().unauthorized()).isEqualTo(1);
    assertThat(sandbox.traffic().expiredTokens()).isZero();
    assertThat(sandbox.traffic().logins()).isEqualTo(2);
    assertThat(sandbox.traffic().count("getPartnerProfile")).isEqualTo(4);
  }

  @Test
  void thePartnerPairOnTheVoiceApiIsAWrongScope401() throws IOException {
    Retrofit voice = retrofitWith("api/v1/", sandbox.partnerAuthId(), sandbox.partnerAuthToken());

    retrofit2.Response<?> response = voice.create(AccountsApi.class).getConcurrency(SEEDED).execute();

    VobizApiException error = VobizErrors.from(response);
    assertThat(error).isInstanceOf(VobizApiException.Unauthorized.class);
    assertThat(error.vendorMessage()).contains("/api/v1/partner");
    assertThat(error.toString()).doesNotContain(sandbox.partnerAuthToken());
  }

  @Test
  void aCustomerPairOnThePartnerApiIsAWrongScope401() throws IOException {
    Retrofit partner = retrofitWith("api/v1/partner/", SEEDED, SEEDED_TOKEN);

    retrofit2.Response<?> response = partner.create(CustomersApi.class).listCustomers(null, null, null).execute();

    VobizApiException error = VobizErrors.from(response);
    assertThat(error).isInstanceOf(VobizApiException.Unauthorized.class);
    assertThat(error.vendorMessage()).contains("partner API");
  }

  @Test
  void aCustomerPairForAnotherAccountIsForbiddenWhereDocumentedElseUnauthorized() throws IOException {
    sandbox.close();
    sandbox = VobizSandbox.builder().clock(clock).customer(SEEDED, SEEDED_TOKEN)
        .customer("MA_OTHER00001", "other-token-0001").start();

    try (Response concurrency = raw.newCall(customerGet("api/v1/Account/MA_OTHER00001/concurrency")).execute()) {
      assertThat(concurrency.code()).isEqualTo(403); // getConcurrency documents 403
      assertThat(concurrency.body().string()).contains("\"code\":\"FORBIDDEN\"").contains("MA_OTHER00001");
    }
    try (Response cdr = raw.newCall(customerGet("api/v1/Account/MA_OTHER00001/cdr/some-call")).execute()) {
      assertThat(cdr.code()).isEqualTo(401); // getCdr documents only 401 and 404
    }
    assertThat(sandbox.traffic().violations()).isEmpty();

    // The real client refuses such a call before it leaves the process.
    VobizClient vobiz = partnerClient();
    VobizClient.CustomerScope seeded = vobiz.customer(VobizCredentials.customer(SEEDED, SEEDED_TOKEN));
    long before = sandbox.traffic().requests();
    assertThatThrownBy(() -> vobiz.execute(seeded.create(AccountsApi.class).getConcurrency("MA_OTHER00001")))
        .isInstanceOf(CredentialNotAcceptedException.class);
    assertThat(sandbox.traffic().requests()).isEqualTo(before);
  }

  @Test
  void missingOrWrongCredentialsAreUnauthorized() throws IOException {
    Request anonymous = new Request.Builder().url(sandbox.baseUrl() + "api/v1/partner/accounts").build();
    try (Response response = raw.newCall(anonymous).execute()) {
      assertThat(response.code()).isEqualTo(401);
      assertThat(response.body().string()).contains("\"code\":\"AUTHENTICATION_REQUIRED\"");
    }
    Request wrongToken = new Request.Builder().url(sandbox.baseUrl() + "api/v1/partner/accounts")
        .header("X-Auth-ID", sandbox.partnerAuthId()).header("X-Auth-Token", "not-the-token").build();
    try (Response response = raw.newCall(wrongToken).execute()) {
      assertThat(response.code()).isEqualTo(401);
      assertThat(response.body().string()).contains("\"code\":\"INVALID_CREDENTIALS\"");
    }
    assertThat(sandbox.traffic().unauthorized()).isEqualTo(2);
  }

  @Test
  void vobizPagesWalksEveryPageOfCustomers() throws IOException {
    VobizClient vobiz = partnerClient();
    CustomersApi customers = vobiz.partner().create(CustomersApi.class);
    for (int i = 1; i <= 4; i++) {
      vobiz.execute(customers.createCustomer(newCustomer("clinic" + i)));
    }

    List<String> ids = VobizPages.pageSize(2, (page, size) -> customers.listCustomers(page, size, null),
            CustomerPage::getAccounts, CustomerPage::getTotal)
        .stream().map(Customer::getAuthId).collect(Collectors.toList());

    assertThat(ids).hasSize(5).startsWith(SEEDED).doesNotHaveDuplicates();
    assertThat(sandbox.traffic().count("listCustomers")).isEqualTo(3);
    assertThat(sandbox.traffic().violations()).isEmpty();
  }

  @Test
  void anInjected429IsWaitedOutForAGetAndSurfacesTypedForMakeCall() throws IOException {
    List<Duration> waits = new CopyOnWriteArrayList<>();
    VobizClient vobiz = VobizClient.builder().baseUrl(sandbox.baseUrl())
        .credentials(VobizCredentials.partner(sandbox.partnerAuthId(), sandbox.partnerAuthToken()))
        .retryPolicy(RetryPolicy.builder().sleeper(waits::add).build())
        .build();

    sandbox.faults().rateLimit(1, Duration.ofSeconds(2));
    Customer seeded = vobiz.execute(vobiz.partner().create(CustomersApi.class).getCustomer(SEEDED));
    assertThat(seeded.getAuthId()).isEqualTo(SEEDED);
    assertThat(waits).containsExactly(Duration.ofSeconds(2));

    VobizClient.CustomerScope scope = vobiz.customer(VobizCredentials.customer(SEEDED, SEEDED_TOKEN));
    sandbox.faults().on("makeCall").rateLimit(1, Duration.ofSeconds(1));
    assertThatThrownBy(() -> vobiz.execute(scope.create(CallsApi.class).makeCall(SEEDED, call("+14155550100"))))
        .isInstanceOfSatisfying(VobizApiException.RateLimited.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
    assertThat(sandbox.traffic().count("makeCall")).isEqualTo(1); // a call-placing POST is never retried
    assertThat(sandbox.traffic().rateLimited()).isEqualTo(2);
  }

  @Test
  void aRequestThatBreaksTheSpecIsRefusedAndRecordedAsAViolation() throws IOException {
    Request noAnswerUrl = new Request.Builder().url(sandbox.baseUrl() + "api/v1/Account/" + SEEDED + "/Call/")
        .header("X-Auth-ID", SEEDED).header("X-Auth-Token", SEEDED_TOKEN)
        .post(RequestBody.create("{\"from\":\"919876543210\",\"to\":\"+14155550100\",\"answer_method\":\"POST\"}", JSON))
        .build();

    try (Response response = raw.newCall(noAnswerUrl).execute()) {
      assertThat(response.code()).isEqualTo(400);
      assertThat(response.body().string()).contains("answer_url");
    }
    assertThat(sandbox.traffic().violations()).singleElement().satisfies(v -> {
      assertThat(v.operationId()).isEqualTo("makeCall");
      assertThat(v.inResponse()).isFalse();
      assertThat(v.messages().toString()).contains("answer_url");
    });
    assertThat(sandbox.traffic().count("makeCall")).isEqualTo(1);
  }

  @Test
  void toStringShowsThePartnerIdButNoSecret() {
    assertThat(sandbox.toString())
        .contains(sandbox.partnerAuthId())
        .doesNotContain(sandbox.partnerAuthToken())
        .doesNotContain(sandbox.partnerPassword());
  }

  @Test
  void theBuilderRejectsMalformedSeedsNamingTheArgument() {
    VobizSandbox.Builder builder = VobizSandbox.builder();
    assertThatThrownBy(() -> builder.customer("PA_NOTACUSTOMER", "token"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authId");
    assertThatThrownBy(() -> builder.customer(SEEDED, "has space"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authToken").hasMessageNotContaining("has space");
    assertThatThrownBy(() -> builder.partnerBalance(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partnerBalance");
    assertThatThrownBy(() -> builder.tokenLifetime(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokenLifetime");
  }

  // ---------------------------------------------------------------- helpers

  private VobizClient partnerClient() {
    return VobizClient.builder().baseUrl(sandbox.baseUrl())
        .credentials(VobizCredentials.partner(sandbox.partnerAuthId(), sandbox.partnerAuthToken()))
        .build();
  }

  private VobizClient loginClient() {
    return loginClient(sandbox);
  }

  private static VobizClient loginClient(VobizSandbox target) {
    return VobizClient.builder().baseUrl(target.baseUrl())
        .credentials(VobizCredentials.partnerLogin(target.partnerAuthId(), target.partnerAuthToken(),
            target.partnerEmail(), target.partnerPassword()))
        .build();
  }

  /** A plain Retrofit on one API base that sends whatever header pair it is given, as a misconfigured caller might. */
  private Retrofit retrofitWith(String path, String authId, String authToken) {
    OkHttpClient signed = raw.newBuilder().addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
        .header("X-Auth-ID", authId).header("X-Auth-Token", authToken).build())).build();
    return SpecRetrofit.newBuilder(sandbox.baseUrl() + path, signed).build();
  }

  private Request customerGet(String path) {
    return new Request.Builder().url(sandbox.baseUrl() + path)
        .header("X-Auth-ID", SEEDED).header("X-Auth-Token", SEEDED_TOKEN).build();
  }

  private static CreateCustomerRequest newCustomer(String name) {
    return new CreateCustomerRequest().name(name).email(name + "@clinic.example").password("Str0ng!Passw0rd")
        .country("IN").phone("+919876543210");
  }

  private static MakeCallRequest call(String to) {
    return new MakeCallRequest().from("919876543210").to(to).answerUrl("https://ivr.example/answer")
        .answerMethod(MakeCallRequest.AnswerMethodEnum.POST);
  }
}
