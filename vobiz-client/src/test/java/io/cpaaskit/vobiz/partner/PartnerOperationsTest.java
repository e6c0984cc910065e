package io.cpaaskit.vobiz.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.testing.LoopbackApis;
import io.cpaaskit.testing.OperationCase;
import io.cpaaskit.testing.OperationTable;
import io.cpaaskit.testing.SpecOperations;
import io.cpaaskit.vobiz.partner.api.CdrsApi;
import io.cpaaskit.vobiz.partner.api.CustomersApi;
import io.cpaaskit.vobiz.partner.api.KycSessionsApi;
import io.cpaaskit.vobiz.partner.api.NumbersApi;
import io.cpaaskit.vobiz.partner.api.PartnersApi;
import io.cpaaskit.vobiz.partner.api.TokensApi;
import io.cpaaskit.vobiz.partner.api.TransactionsApi;
import io.cpaaskit.vobiz.partner.model.CallDirection;
import io.cpaaskit.vobiz.partner.model.CdrContext;
import io.cpaaskit.vobiz.partner.model.CdrStatus;
import io.cpaaskit.vobiz.partner.model.CreateCustomerRequest;
import io.cpaaskit.vobiz.partner.model.CreateKycSessionRequest;
import io.cpaaskit.vobiz.partner.model.GstStatus;
import io.cpaaskit.vobiz.partner.model.KycFlowType;
import io.cpaaskit.vobiz.partner.model.KycReminder;
import io.cpaaskit.vobiz.partner.model.KycSessionActionResult;
import io.cpaaskit.vobiz.partner.model.KycSessionStatus;
import io.cpaaskit.vobiz.partner.model.PartnerLoginRequest;
import io.cpaaskit.vobiz.partner.model.RevokeKycSessionRequest;
import io.cpaaskit.vobiz.partner.model.TransactionCategory;
import io.cpaaskit.vobiz.partner.model.TransferBalanceRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Response;

/** Every operation of {@code specs/vobiz/partner.yaml} sends the request the spec describes. */
public class PartnerOperationsTest {
  static final SpecOperations SPEC = SpecOperations.load("specs/vobiz/partner.yaml");

  private static final String CUSTOMER = "MA_ABCDEF1234";
  private static final String SESSION = "ks_01J9Z8Y7X6W5V4";

  private static final String CUSTOMER_JSON =
      "{\"id\":1029,\"auth_id\":\"MA_ABCDEF1234\",\"name\":\"Acme Clinics\",\"cash_credits\":\"1300.00000\","
          + "\"kyc_status\":\"pending\",\"created_at\":\"2026-03-02 11:20:45\"}";
  private static final String LEDGER_JSON =
      "{\"transactions\":[{\"id\":700001,\"type\":\"credit\",\"amount\":500.00,\"currency\":\"INR\","
          + "\"created_at\":\"2026-09-29T10:01:10Z\"}],\"summary\":{\"total_transactions\":1,\"net_amount\":500.0},"
          + "\"total\":1,\"page\":1,\"per_page\":100,\"total_pages\":1}";
  private static final String CDR_PAGE_JSON =
      "{\"success\":true,\"count\":1,\"data\":[{\"id\":90071992547409931,\"uuid\":\"3f2b8a1e\","
          + "\"call_direction\":\"outbound\",\"start_time\":\"2026-09-29 10:15:00\",\"total_cost\":0.95}],"
          + "\"pagination\":{\"page\":2,\"per_page\":50,\"total\":51,\"pages\":2,\"has_next\":false,\"has_prev\":true},"
          + "\"summary\":{\"totalCalls\":51,\"avgCallDuration\":\"28s\"}}";
  private static final String SESSION_JSON =
      "{\"id\":\"ks_01J9Z8Y7X6W5V4\",\"account_auth_id\":\"MA_ABCDEF1234\",\"status\":\"in_progress\","
          + "\"expires_at\":\"2026-10-06T04:31:10Z\",\"metadata\":{},\"verified_data\":null}";

  public static Stream<OperationCase> cases() {
    return Stream.of(
        OperationCase.of("partnerLogin", apis -> apis.create(TokensApi.class)
                .partnerLogin(new PartnerLoginRequest().email("ops@resellerco.example").password("Str0ng!Passw0rd")))
            .respond(200, "{\"tokens\":{\"access_token\":\"eyJ.x.y\",\"token_type\":\"Bearer\",\"expires_in\":3600}}")
            .expectPath("/api/v1/partner/login")
            .expectJsonBody("{\"email\":\"ops@resellerco.example\",\"password\":\"Str0ng!Passw0rd\"}"),

        OperationCase.of("getPartnerProfile", apis -> apis.create(PartnersApi.class).getPartnerProfile())
            .respond(200, "{\"id\":\"7c9e6679\",\"account_id\":4821,\"auth_id\":\"PA_XY123456\","
                + "\"balance\":\"23906.83000\",\"can_transfer_balance\":true,\"created_at\":\"2026-01-15T09:30:00Z\"}")
            .expectPath("/api/v1/partner/me"),

        OperationCase.of("getPartnerDashboard", apis -> apis.create(PartnersApi.class).getPartnerDashboard())
            .respond(200, "{\"partner\":{\"auth_id\":\"PA_XY123456\",\"balance\":null},"
                + "\"period\":{\"from\":\"2026-09-01\",\"to\":\"2026-09-30\"},\"total_balance\":\"18250.50000\","
                + "\"calls\":{\"total_calls\":12840,\"total_cost\":\"24126.90000\"},"
                + "\"time_series\":[{\"date\":\"2026-09-29\",\"total_calls\":431}]}")
            .expectPath("/api/v1/partner/dashboard"),

        OperationCase.of("getPartnerAnalytics", apis -> apis.create(PartnersApi.class)
                .getPartnerAnalytics(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)))
            .respond(200, "{\"period\":{\"from\":\"2026-09-01\",\"to\":\"2026-09-30\"},"
                + "\"totals\":{\"total_calls\":12840,\"total_cost\":24126.9,\"currency\":\"INR\"},"
                + "\"top_customers\":[{\"auth_id\":\"MA_ABCDEF1234\",\"calls\":4100,\"cost\":7350.4}]}")
            .expectPath("/api/v1/partner/analytics")
            .expectQuery("from_date", "2026-09-01")
            .expectQuery("to_date", "2026-09-30"),

        OperationCase.of("listCustomers", apis -> apis.create(CustomersApi.class)
                .listCustomers(2, 50, "ravi+acme@example.test"))
            .respond(200, "{\"accounts\":[" + CUSTOMER_JSON + "],\"total\":51,\"page\":2,\"size\":50}")
            .expectPath("/api/v1/partner/accounts")
            .expectQuery("page", "2")
            .expectQuery("per_page", "50")
            .expectQuery("search", "ravi+acme@example.test"),

        OperationCase.of("createCustomer", apis -> apis.create(CustomersApi.class)
                .createCustomer(new CreateCustomerRequest().name("Beta Logistics").email("admin@beta-logistics.example")
                    .password("B3ta!Logistics").country("IN").phone("+919900112233")
                    .company("Beta Logistics Pvt Ltd").timezone("Asia/Kolkata").gstStatus(GstStatus.ACTIVE)))
            .respond(201, "{\"auth_id\":\"MA_QWERTY5678\",\"auth_token\":\"tok_5e8f\",\"name\":\"Beta Logistics\","
                + "\"status\":\"active\",\"balance\":\"0.00000\",\"currency\":\"INR\","
                + "\"created_at\":\"2026-09-29T04:31:10Z\"}")
            .expectPath("/api/v1/partner/accounts")
            .expectJsonBody("{\"name\":\"Beta Logistics\",\"email\":\"admin@beta-logistics.example\","
                + "\"password\":\"B3ta!Logistics\",\"country\":\"IN\",\"phone\":\"+919900112233\","
                + "\"company\":\"Beta Logistics Pvt Ltd\",\"timezone\":\"Asia/Kolkata\",\"gst_status\":\"active\"}"),

        OperationCase.of("getCustomer", apis -> apis.create(CustomersApi.class).getCustomer(CUSTOMER))
            .respond(200, CUSTOMER_JSON)
            .expectPath("/api/v1/partner/accounts/MA_ABCDEF1234"),

        OperationCase.of("getCustomerBalance", apis -> apis.create(CustomersApi.class).getCustomerBalance(CUSTOMER))
            .respond(200, "{\"cash_credits\":\"1300.00000\"}")
            .expectPath("/api/v1/partner/accounts/MA_ABCDEF1234/balance"),

        OperationCase.of("transferBalance", apis -> apis.create(TransactionsApi.class)
                .transferBalance(CUSTOMER, new TransferBalanceRequest().amount(new BigDecimal("500.00"))
                    .currency("INR").description("September top-up")))
            .respond(200, "{\"transaction_id\":\"txn_8f14\",\"from_account\":\"PA_XY123456\","
                + "\"to_account\":\"MA_ABCDEF1234\",\"amount\":500.00,\"currency\":\"INR\",\"status\":\"completed\","
                + "\"partner_balance_after\":\"23406.83000\",\"customer_balance_after\":\"1800.00000\","
                + "\"timestamp\":\"2026-09-29T10:01:10Z\"}")
            .expectPath("/api/v1/partner/accounts/MA_ABCDEF1234/transfer-balance")
            .expectJsonBody("{\"amount\":500.00,\"currency\":\"INR\",\"description\":\"September top-up\"}"),

        OperationCase.of("listCustomerTransactions", apis -> apis.create(TransactionsApi.class)
                .listCustomerTransactions(CUSTOMER, 1, 100, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
                    TransactionCategory.TRANSFER))
            .respond(200, LEDGER_JSON)
            .expectPath("/api/v1/partner/accounts/MA_ABCDEF1234/transactions")
            .expectQuery("page", "1")
            .expectQuery("per_page", "100")
            .expectQuery("from_date", "2026-09-01")
            .expectQuery("to_date", "2026-09-30")
            .expectQuery("transaction_type", "transfer"),

        OperationCase.of("listPartnerTransactions", apis -> apis.create(TransactionsApi.class)
                .listPartnerTransactions(3, 20, LocalDate.of(2026, 8, 1), null, TransactionCategory.ADJUSTMENT))
            .respond(200, LEDGER_JSON)
            .expectPath("/api/v1/partner/transactions")
            .expectQuery("page", "3")
            .expectQuery("per_page", "20")
            .expectQuery("from_date", "2026-08-01")
            .expectQuery("transaction_type", "adjustment"),

        OperationCase.of("listCustomerCdrs", apis -> apis.create(CdrsApi.class)
                .listCustomerCdrs(CUSTOMER, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), CallDirection.OUTBOUND,
                    CdrStatus.NO_ANSWER, 5, 600, "NO_ANSWER", "+919812345678", "+14155550100", null,
                    CdrContext.VOICE_API, 2, 50))
            .respond(200, CDR_PAGE_JSON)
            .expectPath("/api/v1/partner/accounts/MA_ABCDEF1234/cdrs")
            .expectQuery("start_date", "2026-09-01")
            .expectQuery("end_date", "2026-09-30")
            .expectQuery("call_direction", "outbound")
            .expectQuery("status", "no_answer")
            .expectQuery("min_duration", "5")
            .expectQuery("max_duration", "600")
            .expectQuery("hangup_cause", "NO_ANSWER")
            .expectQuery("from_number", "+919812345678")
            .expectQuery("to_number", "+14155550100")
            .expectQuery("context", "voice-api")
            .expectQuery("page", "2")
            .expectQuery("per_page", "50"),

        OperationCase.of("getCustomerCdr", apis -> apis.create(CdrsApi.class)
                .getCustomerCdr(CUSTOMER, "3f2b8a1e-5c4d-4e6f-9a0b-1c2d3e4f5a6b"))
            .respond(200, "{\"success\":true,\"data\":{\"id\":90071992547409931,"
                + "\"uuid\":\"3f2b8a1e-5c4d-4e6f-9a0b-1c2d3e4f5a6b\",\"context\":\"sip-trunking\",\"duration\":92}}")
            .expectPath("/api/v1/partner/accounts/MA_ABCDEF1234/cdrs/3f2b8a1e-5c4d-4e6f-9a0b-1c2d3e4f5a6b"),

        OperationCase.of("listPartnerCdrs", apis -> apis.create(CdrsApi.class)
                .listPartnerCdrs(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), CallDirection.INBOUND, 1, 100))
            .respond(200, CDR_PAGE_JSON)
            .expectPath("/api/v1/partner/cdrs")
            .expectQuery("start_date", "2026-09-01")
            .expectQuery("end_date", "2026-09-30")
            .expectQuery("call_direction", "inbound")
            .expectQuery("page", "1")
            .expectQuery("per_page", "100"),

        OperationCase.of("listCustomerNumbers", apis -> apis.create(NumbersApi.class)
                .listCustomerNumbers(CUSTOMER, 1, 100, "+91804567", "12345678901234567"))
            .respond(200, "{\"items\":[{\"id\":5521,\"e164\":\"+918045671234\",\"status\":\"active\","
                + "\"monthly_fee\":499.00,\"application_id\":12345678901234567,\"tags\":[]}],"
                + "\"page\":1,\"per_page\":100,\"total\":1,\"account_auth_id\":\"MA_ABCDEF1234\"}")
            .expectPath("/api/v1/partner/accounts/MA_ABCDEF1234/numbers")
            .expectQuery("page", "1")
            .expectQuery("per_page", "100")
            .expectQuery("search", "+91804567")
            .expectQuery("application_id", "12345678901234567"),

        OperationCase.of("listKycSessions", apis -> apis.create(KycSessionsApi.class)
                .listKycSessions(KycSessionStatus.IN_PROGRESS, CUSTOMER, 1, 50))
            .respond(200, "{\"sessions\":[" + SESSION_JSON + "],\"total\":1,\"page\":1,\"size\":50}")
            .expectPath("/api/v1/partner/kyc-sessions")
            .expectQuery("status", "in_progress")
            .expectQuery("account_auth_id", "MA_ABCDEF1234")
            .expectQuery("page", "1")
            .expectQuery("size", "50"),

        OperationCase.of("createKycSession", apis -> apis.create(KycSessionsApi.class)
                .createKycSession(new CreateKycSessionRequest().accountAuthId(CUSTOMER).flowType(KycFlowType.REDIRECT)
                    .redirectUrl("https://portal.resellerco.example/kyc/done")
                    .webhookUrl("https://hooks.resellerco.example/vobiz/kyc").expiresInDays(14)
                    .reminderSchedule(List.of(new KycReminder().trigger(KycReminder.TriggerEnum.DAYS_BEFORE_EXPIRY).value(3)))
                    .metadata(Map.of("crm_id", "ACME-77"))))
            .respond(201, "{\"session_id\":\"ks_01J9Z8Y7X6W5V4\",\"account_auth_id\":\"MA_ABCDEF1234\","
                + "\"kyc_type\":null,\"status\":\"link_ready\",\"expires_at\":\"2026-10-13T04:31:10Z\","
                + "\"widget_url\":\"https://kyc.vobiz.ai/widget?token=kst_00ff\",\"message\":\"KYC link ready\"}")
            .expectPath("/api/v1/partner/kyc-sessions")
            .expectJsonBody("{\"account_auth_id\":\"MA_ABCDEF1234\",\"flow_type\":\"redirect\","
                + "\"redirect_url\":\"https://portal.resellerco.example/kyc/done\","
                + "\"webhook_url\":\"https://hooks.resellerco.example/vobiz/kyc\",\"expires_in_days\":14,"
                + "\"reminder_schedule\":[{\"trigger\":\"days_before_expiry\",\"value\":3}],"
                + "\"metadata\":{\"crm_id\":\"ACME-77\"}}"),

        OperationCase.of("getKycSession", apis -> apis.create(KycSessionsApi.class).getKycSession(SESSION))
            .respond(200, SESSION_JSON)
            .expectPath("/api/v1/partner/kyc-sessions/ks_01J9Z8Y7X6W5V4"),

        OperationCase.of("revokeKycSession", apis -> apis.create(KycSessionsApi.class)
                .revokeKycSession(SESSION, new RevokeKycSessionRequest().reason("Customer asked to restart")))
            .respond(200, "{\"message\":\"Session revoked\",\"session_id\":\"ks_01J9Z8Y7X6W5V4\",\"status\":\"revoked\"}")
            .expectPath("/api/v1/partner/kyc-sessions/ks_01J9Z8Y7X6W5V4")
            .expectJsonBody("{\"reason\":\"Customer asked to restart\"}"),

        OperationCase.of("resendKycSession", apis -> apis.create(KycSessionsApi.class).resendKycSession(SESSION))
            .respond(200, "{\"message\":\"KYC email re-sent\",\"session_id\":\"ks_01J9Z8Y7X6W5V4\",\"status\":\"email_sent\"}")
            .expectPath("/api/v1/partner/kyc-sessions/ks_01J9Z8Y7X6W5V4/resend"));
  }

  @Test
  void tableCoversEveryOperationOfTheSpec() {
    OperationTable.assertCoversSpec(SPEC, cases());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sendsTheRequestTheSpecDescribes(OperationCase operation) throws Exception {
    OperationTable.run(SPEC, operation);
  }

  @Test
  void revokeWithoutAReasonSendsAnEmptyJsonObjectOnTheDelete() throws Exception {
    try (LoopbackApis apis = LoopbackApis.start(SPEC)) {
      apis.enqueue(200, "{\"status\":\"revoked\"}");

      Response<KycSessionActionResult> response =
          apis.create(KycSessionsApi.class).revokeKycSession(SESSION, new RevokeKycSessionRequest()).execute();

      RecordedRequest request = apis.takeRequest();
      assertThat(request.getMethod()).isEqualTo("DELETE");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/partner/kyc-sessions/ks_01J9Z8Y7X6W5V4");
      assertThat(request.getBody().utf8()).isEqualTo("{}");
      assertThat(response.body().getStatus()).isEqualTo(KycSessionStatus.REVOKED);
    }
  }
}
