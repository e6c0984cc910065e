package io.cpaaskit.vobiz.partner;

import static io.cpaaskit.testing.ExamplePayloads.list;
import static io.cpaaskit.testing.ExamplePayloads.map;
import static io.cpaaskit.testing.ExamplePayloads.read;
import static io.cpaaskit.testing.ExamplePayloads.write;
import static io.cpaaskit.testing.ExamplePayloads.writeAsMap;

import io.cpaaskit.testing.ExamplePayloads;
import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.vobiz.partner.model.AnalyticsTotals;
import io.cpaaskit.vobiz.partner.model.BalanceTransfer;
import io.cpaaskit.vobiz.partner.model.CallDirection;
import io.cpaaskit.vobiz.partner.model.Cdr;
import io.cpaaskit.vobiz.partner.model.CdrContext;
import io.cpaaskit.vobiz.partner.model.CdrDetail;
import io.cpaaskit.vobiz.partner.model.CdrPage;
import io.cpaaskit.vobiz.partner.model.CreateCustomerRequest;
import io.cpaaskit.vobiz.partner.model.CreateKycSessionRequest;
import io.cpaaskit.vobiz.partner.model.CreatedCustomer;
import io.cpaaskit.vobiz.partner.model.CreatedKycSession;
import io.cpaaskit.vobiz.partner.model.Customer;
import io.cpaaskit.vobiz.partner.model.CustomerBalance;
import io.cpaaskit.vobiz.partner.model.CustomerNumberPage;
import io.cpaaskit.vobiz.partner.model.CustomerPage;
import io.cpaaskit.vobiz.partner.model.GstStatus;
import io.cpaaskit.vobiz.partner.model.KycFlowType;
import io.cpaaskit.vobiz.partner.model.KycReminder;
import io.cpaaskit.vobiz.partner.model.KycSession;
import io.cpaaskit.vobiz.partner.model.KycSessionPage;
import io.cpaaskit.vobiz.partner.model.KycSessionStatus;
import io.cpaaskit.vobiz.partner.model.PartnerAnalytics;
import io.cpaaskit.vobiz.partner.model.PartnerDashboard;
import io.cpaaskit.vobiz.partner.model.PartnerLoginRequest;
import io.cpaaskit.vobiz.partner.model.PartnerLoginResponse;
import io.cpaaskit.vobiz.partner.model.PartnerProfile;
import io.cpaaskit.vobiz.partner.model.PhoneNumber;
import io.cpaaskit.vobiz.partner.model.RevokeKycSessionRequest;
import io.cpaaskit.vobiz.partner.model.Transaction;
import io.cpaaskit.vobiz.partner.model.TransactionLedger;
import io.cpaaskit.vobiz.partner.model.TransferBalanceRequest;
import io.cpaaskit.vobiz.partner.model.VobizError;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The example payloads of the Vobiz partner API read into the generated models with every value intact and write
 * back under the vendor's member names.
 */
class PartnerExamplePayloadsTest {
  private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
  private static final JsonAdapter<Object> ANY = LenientJson.moshi().adapter(Object.class);

  // ------------------------------------------------------------------ login

  @Test
  void loginRequestWritesBackTheSameJsonAndMasksThePassword() throws IOException {
    String json = example("login-request.json");
    PartnerLoginRequest request = read(json, PartnerLoginRequest.class);

    assertThat(request.getEmail()).isEqualTo("ops@resellerco.example");
    assertThat(request.getPassword()).isEqualTo("Str0ng!Passw0rd");
    assertThat(writeAsMap(request, PartnerLoginRequest.class)).isEqualTo(ANY.fromJson(json));
    assertThat(request.toString()).doesNotContain("Str0ng!Passw0rd").contains("password=***");
  }

  @Test
  void loginResponseKeepsTheTokenLifetimeAndMasksTheAccessToken() throws IOException {
    PartnerLoginResponse response = read(example("login-response.json"), PartnerLoginResponse.class);

    assertThat(response.getTokens().getAccessToken()).startsWith("eyJhbGciOiJIUzI1NiIs").endsWith(".c2lnbmF0dXJl");
    assertThat(response.getTokens().getTokenType()).isEqualTo("Bearer");
    assertThat(response.getTokens().getExpiresIn()).isEqualTo(3600);
    assertThat(response.toString()).doesNotContain("eyJhbGci").contains("access_token=***");
    assertThat(write(response, PartnerLoginResponse.class))
        .contains("\"tokens\":{", "\"access_token\":\"eyJhbGci", "\"token_type\":\"Bearer\"", "\"expires_in\":3600");
  }

  @Test
  void loginFailureBodyReadsAsTheLooseErrorWithAStringErrorCode() throws IOException {
    VobizError error = read(example("login-error.json"), VobizError.class);

    assertThat(error.getError()).isEqualTo("invalid_credentials");
    assertThat(error.getMessage()).isEqualTo("Invalid email or password");
  }

  // ---------------------------------------------------------------- partner

  @Test
  void partnerProfileKeepsTheDecimalStringBalanceNumericIdsAndBothTimestampForms() throws IOException {
    PartnerProfile profile = read(example("partner-profile.json"), PartnerProfile.class);

    assertThat(profile.getId()).isEqualTo("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    assertThat(profile.getAccountId()).isEqualTo("4821");
    assertThat(profile.getAuthId()).isEqualTo("PA_XY123456");
    assertThat(profile.getBalance()).isEqualByComparingTo("23906.83").hasToString("23906.83000");
    assertThat(profile.getCanTransferBalance()).isTrue();
    assertThat(profile.getCanCreatePricingTiers()).isFalse();
    assertThat(profile.getMaxAccounts()).isEqualTo(500);
    assertThat(profile.getAccountCount()).isEqualTo(42);
    assertThat(profile.getDefaultPricingTierId()).isNull();
    assertThat(profile.getCreatedAt().toInstant()).isEqualTo(Instant.parse("2026-01-15T09:30:00Z"));
    assertThat(profile.getCreatedAt().getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(profile.getUpdatedAt())
        .isEqualTo(OffsetDateTime.of(2026, 9, 29, 10, 1, 10, 123_450_000, IST));

    Map<String, Object> written = writeAsMap(profile, PartnerProfile.class);
    assertThat(written)
        .containsEntry("balance", "23906.83000")
        .containsEntry("account_id", "4821")
        .containsEntry("can_transfer_balance", true)
        .containsEntry("updated_at", "2026-09-29T10:01:10.12345+05:30")
        .doesNotContainKeys("white_label_domain", "default_pricing_tier_id");
  }

  @Test
  void dashboardReadsANullPartnerBalanceAndCostsSentAsStrings() throws IOException {
    PartnerDashboard dashboard = read(example("dashboard.json"), PartnerDashboard.class);

    assertThat(dashboard.getPartner().getAuthId()).isEqualTo("PA_XY123456");
    assertThat(dashboard.getPartner().getBalance()).isNull();
    assertThat(dashboard.getPeriod().getFrom()).isEqualTo("2026-09-01");
    assertThat(dashboard.getAccounts().getTotal()).isEqualTo(42);
    assertThat(dashboard.getAccounts().getCustomers()).singleElement().satisfies(customer -> {
      assertThat(customer.getAuthId()).isEqualTo("MA_ABCDEF1234");
      assertThat(customer.getCreatedAt()).isEqualTo(OffsetDateTime.of(2026, 3, 2, 11, 20, 45, 0, ZoneOffset.UTC));
    });
    assertThat(dashboard.getTotalBalance()).isEqualByComparingTo("18250.5").hasToString("18250.50000");
    assertThat(dashboard.getCalls().getTotalMinutes()).isEqualByComparingTo("40211.5");
    assertThat(dashboard.getCalls().getTotalCost()).hasToString("24126.90000");
    assertThat(dashboard.getTraffic().getOutbound().getTotalCost()).isEqualByComparingTo("16125.78");
    assertThat(dashboard.getByProduct().getVoiceApi().getAnsweredCalls()).isEqualTo(7612);
    assertThat(dashboard.getTimeSeries()).singleElement().satisfies(day -> {
      assertThat(day.getDate()).isEqualTo(LocalDate.of(2026, 9, 29));
      assertThat(day.getTotalCost()).isEqualByComparingTo("792.45");
      assertThat(day.getInbound().getTotalCalls()).isEqualTo(170);
    });

    Map<String, Object> written = writeAsMap(dashboard, PartnerDashboard.class);
    assertThat(written).containsEntry("total_balance", "18250.50000").containsKeys("by_product", "time_series");
    assertThat(map(written.get("partner"))).doesNotContainKey("balance");
  }

  @Test
  void olderFlatDashboardExampleAlsoReads() throws IOException {
    PartnerDashboard dashboard = read(example("dashboard-flat.json"), PartnerDashboard.class);

    assertThat(dashboard.getTotalCustomers()).isEqualTo(42);
    assertThat(dashboard.getActiveCustomers()).isEqualTo(40);
    assertThat(dashboard.getPendingKyc()).isEqualTo(3);
    assertThat(dashboard.getTotalBalanceHeld()).isEqualByComparingTo("18250.5");
    assertThat(dashboard.getMtdRevenue()).isEqualByComparingTo("24126.9");
    assertThat(dashboard.getPartner()).isNull();
  }

  @Test
  void analyticsKeepsCostsSentAsNumbersExact() throws IOException {
    PartnerAnalytics analytics = read(example("analytics.json"), PartnerAnalytics.class);

    AnalyticsTotals totals = analytics.getTotals();
    assertThat(totals.getTotalCalls()).isEqualTo(12840);
    assertThat(totals.getFailedCalls()).isEqualTo(2728);
    assertThat(totals.getTotalDurationSeconds()).isEqualTo(2_412_690L);
    assertThat(totals.getTotalCost()).isEqualByComparingTo("24126.9");
    assertThat(totals.getCurrency()).isEqualTo("INR");
    assertThat(analytics.getByDirection().getOutbound().getCost()).isEqualByComparingTo("16125.78");
    assertThat(analytics.getTopCustomers()).singleElement().satisfies(top -> {
      assertThat(top.getAuthId()).isEqualTo("MA_ABCDEF1234");
      assertThat(top.getCost()).isEqualByComparingTo("7350.4");
    });

    assertThat(write(analytics, PartnerAnalytics.class))
        .contains("\"total_cost\":24126.9", "\"total_duration_seconds\":2412690", "\"top_customers\":[");
  }

  // -------------------------------------------------------------- customers

  @Test
  void customerPageReadsThePageSizeEnvelopeAndEveryCustomerMember() throws IOException {
    CustomerPage page = read(example("customer-list.json"), CustomerPage.class);

    assertThat(page.getTotal()).isEqualTo(42);
    assertThat(page.getPage()).isEqualTo(1);
    assertThat(page.getSize()).isEqualTo(20);
    Customer customer = page.getAccounts().get(0);
    assertThat(customer.getId()).isEqualTo("1029");
    assertThat(customer.getAuthId()).isEqualTo("MA_ABCDEF1234");
    assertThat(customer.getCashCredits()).isEqualByComparingTo("1300").hasToString("1300.00000");
    assertThat(customer.getGstStatus()).isEqualTo(GstStatus.ACTIVE);
    assertThat(customer.getBillingMode()).isEqualTo(Customer.BillingModeEnum.PREPAID);
    assertThat(customer.getKycStatus()).isEqualTo(Customer.KycStatusEnum.PENDING);
    assertThat(customer.getConcurrentCallsLimit()).isEqualTo(50);
    assertThat(customer.getDescription()).isNull();
    assertThat(customer.getTdsPercentage()).isNull();
    assertThat(customer.getAutoRechargeConfig()).isNull();
    assertThat(customer.getLastLogin()).isNull();
    assertThat(customer.getCreatedAt()).isEqualTo(OffsetDateTime.of(2026, 3, 2, 11, 20, 45, 0, ZoneOffset.UTC));
    assertThat(customer.getUpdatedAt())
        .isEqualTo(OffsetDateTime.of(2026, 4, 2, 12, 11, 19, 740_666_000, ZoneOffset.UTC));
    assertThat(customer.getPricingTier().getId()).isEqualTo("12");
    assertThat(customer.getPricingTier().getRatePerMinute()).isEqualByComparingTo("0.45");
    assertThat(customer.getPricingTier().getDidReleaseFee()).isEqualByComparingTo("100");
    assertThat(customer.getPricingTier().getChargeNonConnectedCalls()).isTrue();

    Map<String, Object> written = writeAsMap(customer, Customer.class);
    assertThat(written)
        .containsEntry("cash_credits", "1300.00000")
        .containsEntry("auth_id", "MA_ABCDEF1234")
        .containsEntry("zip_code", "560001")
        .containsEntry("gst_status", "active")
        .containsEntry("kyc_status", "pending")
        .containsEntry("concurrent_calls_limit", 50.0)
        .doesNotContainKeys("referral_code", "description", "last_login");
    assertThat(map(written.get("pricing_tier"))).containsEntry("id", "12").containsEntry("rate_per_minute", 0.45);
  }

  @Test
  void customerWithUnknownGstStatusReadsAsUnrecognizedAndMasksItsToken() throws IOException {
    Customer customer = read(example("customer.json"), Customer.class);

    assertThat(customer.getGstStatus()).isEqualTo(GstStatus.UNRECOGNIZED);
    assertThat(customer.getKycStatus()).isEqualTo(Customer.KycStatusEnum.VERIFIED);
    assertThat(customer.getCashCredits()).isEqualByComparingTo("0").hasToString("0.00000");
    assertThat(customer.getCreatedAt()).isEqualTo(OffsetDateTime.of(2026, 9, 29, 10, 1, 10, 0, IST));
    assertThat(customer.getLastLogin()).isEqualTo(OffsetDateTime.of(2026, 9, 30, 8, 0, 0, 0, IST));
    assertThat(customer.getAuthToken()).isEqualTo("<redacted>");
    assertThat(customer.toString()).doesNotContain("<redacted>").contains("auth_token=***");
    assertThat(writeAsMap(customer, Customer.class)).doesNotContainKey("gst_status");
  }

  @Test
  void createCustomerRequestWritesBackTheSameJsonAndMasksThePassword() throws IOException {
    String json = example("create-customer-request.json");
    CreateCustomerRequest request = read(json, CreateCustomerRequest.class);

    assertThat(request.getPhone()).isEqualTo("+919900112233");
    assertThat(request.getGstStatus()).isEqualTo(GstStatus.ACTIVE);
    assertThat(writeAsMap(request, CreateCustomerRequest.class)).isEqualTo(ANY.fromJson(json));
    assertThat(request.toString()).doesNotContain("B3ta!Logistics").contains("password=***");
  }

  @Test
  void createdCustomerKeepsTheOneTimeTokenButMasksItInToString() throws IOException {
    CreatedCustomer created = read(example("create-customer-response.json"), CreatedCustomer.class);

    assertThat(created.getAuthId()).isEqualTo("MA_QWERTY5678");
    assertThat(created.getAuthToken()).isEqualTo("tok_5e8f1c0b9a7d4e3f2a1b0c9d8e7f6a5b");
    assertThat(created.getBalance()).isEqualByComparingTo("0").hasToString("0.00000");
    assertThat(created.getCreatedAt().toInstant()).isEqualTo(Instant.parse("2026-09-29T04:31:10Z"));
    assertThat(created.toString()).doesNotContain("tok_5e8f").contains("auth_token=***");
    assertThat(writeAsMap(created, CreatedCustomer.class))
        .containsEntry("auth_token", "tok_5e8f1c0b9a7d4e3f2a1b0c9d8e7f6a5b")
        .containsEntry("balance", "0.00000")
        .containsEntry("created_at", "2026-09-29T04:31:10Z");
  }

  @Test
  void customerBalanceKeepsCashCreditsAsADecimalString() throws IOException {
    CustomerBalance balance = read(example("customer-balance.json"), CustomerBalance.class);

    assertThat(balance.getCashCredits()).isEqualByComparingTo("1300").hasToString("1300.00000");
    assertThat(write(balance, CustomerBalance.class)).isEqualTo("{\"cash_credits\":\"1300.00000\"}");
  }

  // ----------------------------------------------------------- transactions

  @Test
  void transferRequestWritesTheAmountBackAsAJsonNumber() throws IOException {
    String json = example("transfer-balance-request.json");
    TransferBalanceRequest request = read(json, TransferBalanceRequest.class);

    assertThat(request.getAmount()).isEqualByComparingTo("500").hasToString("500.00");
    assertThat(write(request, TransferBalanceRequest.class)).contains("\"amount\":500.00");
    assertThat(writeAsMap(request, TransferBalanceRequest.class)).isEqualTo(ANY.fromJson(json));
  }

  @Test
  void transferResultInTheDocumentedShapeKeepsBothBalancesAfterTheTransfer() throws IOException {
    BalanceTransfer transfer = read(example("transfer-balance-response.json"), BalanceTransfer.class);

    assertThat(transfer.getTransactionId()).isEqualTo("txn_8f14e45fceea167a");
    assertThat(transfer.getFromAccount()).isEqualTo("PA_XY123456");
    assertThat(transfer.getToAccount()).isEqualTo("MA_ABCDEF1234");
    assertThat(transfer.getAmount()).isEqualByComparingTo("500");
    assertThat(transfer.getStatus()).isEqualTo(BalanceTransfer.StatusEnum.COMPLETED);
    assertThat(transfer.getPartnerBalanceAfter()).isEqualByComparingTo("23406.83").hasToString("23406.83000");
    assertThat(transfer.getCustomerBalanceAfter()).isEqualByComparingTo("1800");
    assertThat(transfer.getTimestamp())
        .isEqualTo(OffsetDateTime.of(2026, 9, 29, 10, 1, 10, 123_456_000, ZoneOffset.UTC));
    assertThat(writeAsMap(transfer, BalanceTransfer.class))
        .containsEntry("partner_balance_after", "23406.83000")
        .containsEntry("customer_balance_after", "1800.00000")
        .containsEntry("status", "completed")
        .containsEntry("amount", 500.0);
  }

  @Test
  void transferResultInTheVendorSchemaShapeReadsAFailedStatus() throws IOException {
    BalanceTransfer transfer = read(example("transfer-balance-result.json"), BalanceTransfer.class);

    assertThat(transfer.getTransactionId()).isEqualTo("98765");
    assertThat(transfer.getCustomerAuthId()).isEqualTo("MA_ABCDEF1234");
    assertThat(transfer.getAmount()).isEqualByComparingTo("250.5");
    assertThat(transfer.getStatus()).isEqualTo(BalanceTransfer.StatusEnum.FAILED);
    assertThat(transfer.getCreatedAt()).isEqualTo(OffsetDateTime.of(2026, 9, 29, 10, 1, 10, 0, ZoneOffset.UTC));
  }

  @Test
  void refusedTransferBodyCarriesTheCurrentBalanceAndTheRequestedAmount() throws IOException {
    VobizError error = read(example("transfer-balance-insufficient.json"), VobizError.class);

    assertThat(error.getError()).isEqualTo("insufficient_balance");
    assertThat(error.getCurrentBalance()).isEqualByComparingTo("120.5").hasToString("120.50000");
    assertThat(error.getRequestedAmount()).isEqualByComparingTo("500");
  }

  @Test
  void customerLedgerReadsEntriesSummaryAndPagingMembers() throws IOException {
    TransactionLedger ledger = read(example("customer-transactions.json"), TransactionLedger.class);

    assertThat(ledger.getTotal()).isEqualTo(2);
    assertThat(ledger.getPerPage()).isEqualTo(20);
    assertThat(ledger.getTotalPages()).isEqualTo(1);
    assertThat(ledger.getAccountAuthId()).isEqualTo("MA_ABCDEF1234");
    List<Transaction> entries = ledger.getTransactions();
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).getId()).isEqualTo("700001");
    assertThat(entries.get(0).getAccountId()).isEqualTo("1029");
    assertThat(entries.get(0).getType()).isEqualTo(Transaction.TypeEnum.CREDIT);
    assertThat(entries.get(0).getAmount()).isEqualByComparingTo("500");
    assertThat(entries.get(0).getReferenceType()).isNull();
    assertThat(entries.get(0).getProcessedAt().toInstant()).isEqualTo(Instant.parse("2026-09-29T10:01:10Z"));
    assertThat(entries.get(1).getType()).isEqualTo(Transaction.TypeEnum.DEBIT);
    assertThat(entries.get(1).getAmount()).isEqualByComparingTo("0.9");
    assertThat(entries.get(1).getReference()).isEqualTo("cdr:3f2b8a1e-5c4d-4e6f-9a0b-1c2d3e4f5a6b");
    assertThat(entries.get(1).getProcessedAt()).isNull();
    assertThat(entries.get(1).getCreatedAt()).isEqualTo(OffsetDateTime.of(2026, 9, 29, 10, 5, 0, 0, ZoneOffset.UTC));
    assertThat(ledger.getSummary().getNetAmount()).isEqualByComparingTo("499.1");
    assertThat(ledger.getSummary().getTotalCredit()).isEqualByComparingTo("500");
    assertThat(ledger.getSummary().getByReferenceType()).singleElement().satisfies(total -> {
      assertThat(total.getReferenceType()).isEqualTo("cdr");
      assertThat(total.getTotalDebit()).isEqualByComparingTo("0.9");
      assertThat(total.getCount()).isEqualTo(1);
    });

    Map<String, Object> written = writeAsMap(ledger, TransactionLedger.class);
    assertThat(written).containsKeys("transactions", "summary", "total_pages", "per_page", "account_auth_id");
    assertThat(map(list(written.get("transactions")).get(1)))
        .containsEntry("reference_type", "cdr")
        .containsEntry("type", "debit")
        .containsEntry("id", "700002")
        .doesNotContainKey("processed_at");
  }

  // ------------------------------------------------------------------- cdrs

  @Test
  void cdrPageKeepsLongIdsBothTimestampFormsNullsAndTheMixedCaseSummary() throws IOException {
    CdrPage page = read(example("customer-cdrs.json"), CdrPage.class);

    assertThat(page.getSuccess()).isTrue();
    assertThat(page.getAccountId()).isEqualTo("1029");
    assertThat(page.getAccountAuthId()).isEqualTo("MA_ABCDEF1234");
    assertThat(page.getCount()).isEqualTo(2);
    assertThat(page.getPagination().getPages()).isEqualTo(1);
    assertThat(page.getPagination().getHasNext()).isFalse();
    assertThat(page.getPagination().getHasPrev()).isFalse();

    Cdr answered = page.getData().get(0);
    assertThat(answered.getId()).isEqualTo("90071992547409931");
    assertThat(answered.getCallDirection()).isEqualTo(CallDirection.OUTBOUND);
    assertThat(answered.getContext()).isEqualTo(CdrContext.VOICE_API);
    assertThat(answered.getRingTime()).isEqualTo("8");
    assertThat(answered.getAnswerTime().toInstant()).isEqualTo(Instant.parse("2026-09-29T04:31:18Z"));
    assertThat(answered.getTotalCost()).isEqualByComparingTo("0.95");
    assertThat(answered.getMos()).isEqualByComparingTo("4.3");
    assertThat(answered.getHangupCauseCode()).isEqualTo(16);
    assertThat(answered.getCampaignId()).isNull();
    assertThat(answered.getFailureCode()).isNull();

    Cdr missed = page.getData().get(1);
    assertThat(missed.getId()).isEqualTo("90071992547409932");
    assertThat(missed.getCallDirection()).isEqualTo(CallDirection.INBOUND);
    assertThat(missed.getContext()).isEqualTo(CdrContext.SIP_TRUNKING);
    assertThat(missed.getStartTime()).isEqualTo(OffsetDateTime.of(2026, 9, 29, 10, 15, 0, 0, ZoneOffset.UTC));
    assertThat(missed.getAnswerTime()).isNull();
    assertThat(missed.getFailureCode()).isEqualTo("480");

    assertThat(page.getSummary().getTotalCalls()).isEqualTo(2);
    assertThat(page.getSummary().getAnswerRate()).isEqualByComparingTo("50");
    assertThat(page.getSummary().getAvgCallDuration()).isEqualTo("46s");
    assertThat(page.getSummary().getTotalBillableSeconds()).isEqualTo(84L);
    assertThat(page.getSummary().getLastCallAt().toInstant()).isEqualTo(Instant.parse("2026-09-29T10:15:31Z"));

    Map<String, Object> written = writeAsMap(page, CdrPage.class);
    assertThat(map(written.get("summary"))).containsKeys("totalCalls", "answeredCalls", "total_billable_seconds");
    assertThat(map(written.get("pagination"))).containsEntry("has_next", false).containsEntry("per_page", 20.0);
    assertThat(map(list(written.get("data")).get(0)))
        .containsEntry("id", "90071992547409931")
        .containsEntry("call_direction", "outbound")
        .containsEntry("context", "voice-api")
        .containsEntry("start_time", "2026-09-29T04:31:10Z");
  }

  @Test
  void singleCdrWithAnUnknownContextReadsAsUnrecognizedAndAcceptsAStringCost() throws IOException {
    CdrDetail detail = read(example("customer-cdr.json"), CdrDetail.class);

    assertThat(detail.getSuccess()).isTrue();
    assertThat(detail.getData().getUuid()).isEqualTo("3f2b8a1e-5c4d-4e6f-9a0b-1c2d3e4f5a6b");
    assertThat(detail.getData().getContext()).isEqualTo(CdrContext.UNRECOGNIZED);
    assertThat(detail.getData().getTotalCost()).isEqualByComparingTo("0.95");
    assertThat(map(writeAsMap(detail, CdrDetail.class).get("data"))).doesNotContainKey("context");
  }

  // ---------------------------------------------------------------- numbers

  @Test
  void numberPageKeepsSeventeenDigitApplicationIdsFeesAndUnknownStatuses() throws IOException {
    CustomerNumberPage page = read(example("customer-numbers.json"), CustomerNumberPage.class);

    assertThat(page.getPage()).isEqualTo(1);
    assertThat(page.getPerPage()).isEqualTo(20);
    assertThat(page.getTotal()).isEqualTo(2);
    assertThat(page.getAccountAuthId()).isEqualTo("MA_ABCDEF1234");
    PhoneNumber bound = page.getItems().get(0);
    assertThat(bound.getId()).isEqualTo("5521");
    assertThat(bound.getE164()).isEqualTo("+918045671234");
    assertThat(bound.getApplicationId()).isEqualTo("12345678901234567");
    assertThat(bound.getCapabilities().getVoice()).isTrue();
    assertThat(bound.getCapabilities().getSms()).isFalse();
    assertThat(bound.getStatus()).isEqualTo(PhoneNumber.StatusEnum.ACTIVE);
    assertThat(bound.getMonthlyFee()).isEqualByComparingTo("499");
    assertThat(bound.getSetupFee()).isEqualByComparingTo("0");
    assertThat(bound.getTags()).containsExactly("support", "blr");
    assertThat(bound.getUpdatedAt()).isEqualTo(OffsetDateTime.of(2026, 9, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(bound.getReleasedAt()).isNull();
    assertThat(bound.getTrunkGroupId()).isNull();
    PhoneNumber porting = page.getItems().get(1);
    assertThat(porting.getStatus()).isEqualTo(PhoneNumber.StatusEnum.UNRECOGNIZED);
    assertThat(porting.getApplicationId()).isNull();

    Map<String, Object> written = map(list(writeAsMap(page, CustomerNumberPage.class).get("items")).get(0));
    assertThat(written)
        .containsEntry("application_id", "12345678901234567")
        .containsEntry("e164", "+918045671234")
        .containsEntry("monthly_fee", 499.0)
        .containsEntry("status", "active")
        .containsKey("capabilities");
  }

  // ----------------------------------------------------------- kyc sessions

  @Test
  void kycSessionPageReadsVerifiedDataMetadataAndReminders() throws IOException {
    KycSessionPage page = read(example("kyc-sessions.json"), KycSessionPage.class);

    assertThat(page.getTotal()).isEqualTo(2);
    assertThat(page.getSize()).isEqualTo(20);
    KycSession done = page.getSessions().get(0);
    assertThat(done.getId()).isEqualTo("ks_01J9Z8Y7X6W5V4");
    assertThat(done.getStatus()).isEqualTo(KycSessionStatus.KYC_COMPLETED);
    assertThat(done.getReminderSchedule()).singleElement().satisfies(reminder -> {
      assertThat(reminder.getTrigger()).isEqualTo(KycReminder.TriggerEnum.DAYS_BEFORE_EXPIRY);
      assertThat(reminder.getValue()).isEqualTo(2);
    });
    assertThat(done.getMetadata()).containsEntry("crm_id", "ACME-77").containsEntry("tier", 2.0);
    assertThat(done.getVerifiedData().getPanNumber()).isEqualTo("ABCPE1234F");
    assertThat(done.getVerifiedData().getPanNameMatch()).isTrue();
    assertThat(done.getVerifiedData().getCompletedSteps()).containsExactly("pan", "aadhaar");
    assertThat(done.getVerifiedData().getAadhaarDob()).isEqualTo("14-08-1990");
    assertThat(done.getVerifiedData().getMaskedAadhaar()).isEqualTo("XXXXXXXX4321");
    assertThat(done.getUpdatedAt()).isEqualTo(OffsetDateTime.of(2026, 9, 30, 9, 12, 44, 500_000_000, IST));
    KycSession waiting = page.getSessions().get(1);
    assertThat(waiting.getStatus()).isEqualTo(KycSessionStatus.EMAIL_SENT);
    assertThat(waiting.getVerifiedData()).isNull();
    assertThat(waiting.getMetadata()).isEmpty();

    Map<String, Object> written = map(list(writeAsMap(page, KycSessionPage.class).get("sessions")).get(0));
    assertThat(written).containsEntry("status", "kyc_completed").containsEntry("account_auth_id", "MA_ABCDEF1234");
    assertThat(map(written.get("verified_data"))).containsEntry("pan_name_match", true);
    assertThat(map(list(written.get("reminder_schedule")).get(0))).containsEntry("trigger", "days_before_expiry");
  }

  @Test
  void kycSessionWithUnknownStatusAndTriggerReadsAsUnrecognized() throws IOException {
    KycSession session = read(example("kyc-session.json"), KycSession.class);

    assertThat(session.getStatus()).isEqualTo(KycSessionStatus.UNRECOGNIZED);
    assertThat(session.getReminderSchedule().get(0).getTrigger()).isEqualTo(KycReminder.TriggerEnum.UNRECOGNIZED);
    assertThat(session.getReminderSchedule().get(0).getValue()).isEqualTo(12);
    assertThat(session.getMetadata()).isNull();
    assertThat(session.getExpiresAt()).isEqualTo(OffsetDateTime.of(2026, 10, 6, 4, 31, 10, 0, ZoneOffset.UTC));
    assertThat(session.getVerifiedData().getPanNameMatch()).isFalse();
    assertThat(session.getVerifiedData().getAadhaarName()).isNull();
    assertThat(writeAsMap(session, KycSession.class)).doesNotContainKeys("status", "metadata");
  }

  @Test
  void createKycSessionRequestWritesBackTheSameJson() throws IOException {
    String json = example("create-kyc-session-request.json");
    CreateKycSessionRequest request = read(json, CreateKycSessionRequest.class);

    assertThat(request.getFlowType()).isEqualTo(KycFlowType.EMAIL);
    assertThat(request.getExpiresInDays()).isEqualTo(7);
    assertThat(request.getReminderSchedule().get(0).getValue()).isEqualTo(2);
    assertThat(request.getMetadata()).containsEntry("crm_id", "ACME-77");
    assertThat(writeAsMap(request, CreateKycSessionRequest.class)).isEqualTo(ANY.fromJson(json));
  }

  @Test
  void createdEmailFlowSessionCarriesSessionIdAndANullKycType() throws IOException {
    CreatedKycSession created = read(example("create-kyc-session-response.json"), CreatedKycSession.class);

    assertThat(created.getSessionId()).isEqualTo("ks_01J9Z8Y7X6W5V4");
    assertThat(created.getStatus()).isEqualTo(KycSessionStatus.EMAIL_SENT);
    assertThat(created.getEmailDispatchedTo()).isEqualTo("i*@a***-clinics.example");
    assertThat(created.getKycType()).isNull();
    assertThat(created.getWidgetUrl()).isNull();
    assertThat(created.getKycLink()).isEqualTo("https://kyc.vobiz.ai/s/ks_01J9Z8Y7X6W5V4");
    assertThat(created.getExpiresAt().toInstant()).isEqualTo(Instant.parse("2026-10-06T04:31:10Z"));
    assertThat(writeAsMap(created, CreatedKycSession.class))
        .containsEntry("session_id", "ks_01J9Z8Y7X6W5V4")
        .containsEntry("email_dispatched_to", "i*@a***-clinics.example")
        .doesNotContainKeys("kyc_type", "widget_url");
  }

  @Test
  void createdRedirectFlowSessionCarriesTheWidgetUrlAndItsOffset() throws IOException {
    CreatedKycSession created =
        read(example("create-kyc-session-redirect-response.json"), CreatedKycSession.class);

    assertThat(created.getStatus()).isEqualTo(KycSessionStatus.LINK_READY);
    assertThat(created.getWidgetUrl()).contains("token=kst_0123456789abcdef");
    assertThat(created.getCustomerEmail()).isNull();
    assertThat(created.getExpiresAt()).isEqualTo(OffsetDateTime.of(2026, 10, 6, 4, 31, 10, 0, IST));
    assertThat(writeAsMap(created, CreatedKycSession.class)).containsEntry("expires_at", "2026-10-06T04:31:10+05:30");
  }

  @Test
  void revokeRequestWritesBackTheSameJson() throws IOException {
    String json = example("revoke-kyc-session-request.json");
    RevokeKycSessionRequest request = read(json, RevokeKycSessionRequest.class);

    assertThat(request.getReason()).isEqualTo("Customer asked to restart verification");
    assertThat(writeAsMap(request, RevokeKycSessionRequest.class)).isEqualTo(ANY.fromJson(json));
  }

  // ----------------------------------------------------------------- errors

  @Test
  void documentedErrorEnvelopeKeepsItsNestedErrorObject() throws IOException {
    VobizError error = read(example("error-envelope.json"), VobizError.class);

    assertThat(error.getStatus()).isEqualTo("error");
    assertThat(error.getRequestId()).isEqualTo("req_9b2f4c1d");
    assertThat(error.getTimestamp()).isEqualTo(OffsetDateTime.of(2026, 9, 29, 4, 31, 10, 123_000_000, ZoneOffset.UTC));
    assertThat(map(error.getError()))
        .containsEntry("code", "INSUFFICIENT_BALANCE")
        .containsEntry("message", "Partner balance is too low for this transfer");
    assertThat(map(map(error.getError()).get("details"))).containsEntry("available", "120.50");
    assertThat(map(writeAsMap(error, VobizError.class).get("error"))).containsEntry("code", "INSUFFICIENT_BALANCE");
  }

  @Test
  void vendorSchemaErrorShapesReadIntoTheSameLooseError() throws IOException {
    VobizError apiError = read(example("error-api.json"), VobizError.class);
    assertThat(apiError.getApiId()).isEqualTo("e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b");
    assertThat(apiError.getError()).isEqualTo("not found");
    assertThat(apiError.getMessage()).isEqualTo("account MA_NOTMINE01 not found");

    VobizError statusError = read(example("error-status-message.json"), VobizError.class);
    assertThat(statusError.getStatus()).isEqualTo("failed");
    assertThat(statusError.getError()).isNull();
    assertThat(statusError.getMessage()).contains("can_transfer_balance");

    VobizError coolOff = read(example("error-cool-off.json"), VobizError.class);
    assertThat(coolOff.getError()).isEqualTo("did_cool_off_in_effect");
    assertThat(coolOff.getCoolOffUntil()).isEqualTo(OffsetDateTime.of(2026, 10, 14, 10, 1, 10, 0, ZoneOffset.UTC));
    assertThat(coolOff.getCoolOffRemainingSeconds()).isEqualTo(1_209_600);
    assertThat(writeAsMap(coolOff, VobizError.class))
        .containsEntry("cool_off_remaining_seconds", 1_209_600.0)
        .containsEntry("cool_off_until", "2026-10-14T10:01:10Z");
  }

  // ---------------------------------------------------------------- helpers

  private static String example(String name) throws IOException {
    return ExamplePayloads.load("/examples/vobiz/partner/" + name);
  }
}
