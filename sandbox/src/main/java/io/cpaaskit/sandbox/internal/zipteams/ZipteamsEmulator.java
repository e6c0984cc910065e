package io.cpaaskit.sandbox.internal.zipteams;

import io.cpaaskit.sandbox.internal.Emulator;
import io.cpaaskit.sandbox.internal.Exchange;
import io.cpaaskit.sandbox.internal.HmacJwt;
import io.cpaaskit.sandbox.internal.Responses;
import io.cpaaskit.sandbox.internal.SpecApi;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;

/**
 * Zipteams as its servers behave: the four partner headers (a missing tenant or subtenant is a 400 naming it, a
 * wrong key a 403 {@code "Forbidden"}), dashboard tokens as HS256 JWTs with {@code tenantId}, {@code subTenantId},
 * {@code iat} and {@code exp}, idempotent call ingestion per tenant pair, dispositions only for customers already
 * ingested, and the Customer API's reversed 401/403 on its ingestion host.
 */
public final class ZipteamsEmulator implements Emulator {
  private static final String CUSTOMER_INGESTION = "ingestCustomerCalls";
  private static final String CUSTOMER_SYNC = "syncCustomer";

  private final SpecApi spec;
  private final HmacJwt jwt = HmacJwt.withRandomKey();
  private final String apiKey;
  private final String apiSecret;
  private final String customerApiKey;
  private final Duration tokenLifetime;
  private final Map<String, Tenant> tenants = new ConcurrentHashMap<>();
  private final Map<String, Long> contacts = new ConcurrentHashMap<>();
  private final AtomicLong contactIds = new AtomicLong(4100);

  /**
   * Creates the emulator.
   *
   * @param spec {@code zipteams.yaml}
   * @param apiKey the partner key it accepts
   * @param apiSecret the partner secret it accepts
   * @param customerApiKey the Customer API key it accepts
   * @param tokenLifetime the dashboard token lifetime
   */
  public ZipteamsEmulator(SpecApi spec, String apiKey, String apiSecret, String customerApiKey, Duration tokenLifetime) {
    this.spec = spec;
    this.apiKey = apiKey;
    this.apiSecret = apiSecret;
    this.customerApiKey = customerApiKey;
    this.tokenLifetime = tokenLifetime;
  }

  /**
   * The call ids ingested for a tenant pair, in arrival order.
   *
   * @param tenantId the tenant
   * @param subTenantId the subtenant
   * @return the ids (empty when none)
   */
  public Set<String> ingestedCallIds(String tenantId, String subTenantId) {
    Tenant tenant = tenants.get(key(tenantId, subTenantId));
    return tenant == null ? Set.of() : Set.copyOf(tenant.calls);
  }

  /**
   * The disposition last recorded for a customer of a tenant pair.
   *
   * @return the disposition, or {@code null}
   */
  public String disposition(String tenantId, String subTenantId, String customerId) {
    Tenant tenant = tenants.get(key(tenantId, subTenantId));
    return tenant == null ? null : tenant.dispositions.get(customerId);
  }

  /** Verifies a dashboard token this sandbox issued: its claims, or {@code null} if forged or malformed. */
  public Map<String, Object> verifyDashboardToken(String token) {
    return jwt.verify(token);
  }

  @Override
  public boolean isLogin(String operationId) {
    return "getDashboardToken".equals(operationId);
  }

  @Override
  public MockResponse handle(Exchange exchange) {
    switch (exchange.operationId()) {
      case CUSTOMER_INGESTION:
        return customerIngestion(exchange);
      case CUSTOMER_SYNC:
        return customerSync(exchange);
      default:
        return partner(exchange);
    }
  }

  private MockResponse partner(Exchange exchange) {
    String key = exchange.header("x-api-key");
    String secret = exchange.header("x-api-secret");
    if (isBlank(key) || isBlank(secret)) {
      return partnerError(401, "Unauthorized");
    }
    if (!apiKey.equals(key) || !apiSecret.equals(secret)) {
      return partnerError(403, "Forbidden");
    }
    String tenantId = exchange.header("x-tenant-id");
    if (isBlank(tenantId)) {
      return partnerError(400, "Tenant ID is required");
    }
    String subTenantId = exchange.header("x-sub-tenant-id");
    if (isBlank(subTenantId)) {
      return partnerError(400, "Subtenant ID is required");
    }
    Tenant tenant = tenants.computeIfAbsent(key(tenantId, subTenantId), k -> new Tenant());
    switch (exchange.operationId()) {
      case "getDashboardToken":
        return dashboardToken(exchange.now(), tenantId, subTenantId);
      case "ingestCallBatch":
        return ingest(exchange, tenant);
      case "updateDispositionStatus":
        return disposition(exchange, tenant);
      default:
        return spec.sampleResponse(exchange.operationId());
    }
  }

  private MockResponse dashboardToken(Instant now, String tenantId, String subTenantId) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("tenantId", tenantId);
    claims.put("subTenantId", subTenantId);
    claims.put("iat", now.getEpochSecond());
    claims.put("exp", now.plus(tokenLifetime).getEpochSecond());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "RESPONSE_SUCCESS");
    body.put("message", "Request served successfully.");
    body.put("type", "object");
    body.put("data", Map.of("token", jwt.sign(claims)));
    return Responses.json(200, body);
  }

  @SuppressWarnings("unchecked")
  private MockResponse ingest(Exchange exchange, Tenant tenant) {
    List<Map<String, Object>> items = (List<Map<String, Object>>) exchange.json().get("data");
    List<Map<String, Object>> problems = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Map<String, Object> call = (Map<String, Object>) items.get(i).get("call");
      Instant start = parse(call.get("start_time"));
      Instant end = parse(call.get("end_time"));
      if (start != null && end != null && !end.isAfter(start)) {
        problems.add(Map.of("field", "data[" + i + "].call.end_time", "message", "end_time must be after start_time"));
      }
      if (isBlank((String) call.get("id"))) {
        problems.add(Map.of("field", "data[" + i + "].call.id", "message", "id should not be empty"));
      }
    }
    if (!problems.isEmpty()) {
      // The whole batch fails: Zipteams has no partial-success answer.
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("success", false);
      body.put("message", "Validation failed");
      body.put("errors", problems);
      return Responses.json(422, body);
    }
    for (Map<String, Object> item : items) {
      Map<String, Object> call = (Map<String, Object>) item.get("call");
      tenant.calls.add((String) call.get("id"));
      Map<String, Object> customer = (Map<String, Object>) item.get("customer");
      if (customer != null && customer.get("id") != null) {
        Object status = customer.get("disposition_status");
        tenant.dispositions.put((String) customer.get("id"), status == null ? "" : status.toString());
      }
    }
    return Responses.json(200, Map.of("success", true));
  }

  private MockResponse disposition(Exchange exchange, Tenant tenant) {
    String customerId = (String) exchange.json().get("customer_id");
    if (isBlank(customerId)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("success", false);
      body.put("message", "Validation failed");
      body.put("errors", List.of(Map.of("field", "customer_id", "message", "customer_id should not be empty")));
      return Responses.json(422, body);
    }
    if (!tenant.dispositions.containsKey(customerId)) {
      return partnerError(404, "Customer not found");
    }
    Object status = exchange.json().get("disposition_status");
    tenant.dispositions.put(customerId, status == null ? "" : status.toString());
    return Responses.json(200, Map.of("success", true));
  }

  private MockResponse customerIngestion(Exchange exchange) {
    String key = exchange.header("x-zip-api-key");
    // The ingestion host reverses the usual meaning: a missing key is 403, a wrong one 401.
    if (isBlank(key)) {
      return Responses.json(403, Map.of("error", "No authorization header"));
    }
    if (!customerApiKey.equals(key)) {
      return Responses.json(401, Map.of("error", "Incorrect API Key in Authorization Header"));
    }
    return Responses.json(200, Map.of("message", "Data Received Successfully"));
  }

  private MockResponse customerSync(Exchange exchange) {
    String key = exchange.header("x-zip-api-key");
    if (isBlank(key) || !customerApiKey.equals(key)) {
      return Responses.json(403, Map.of("code", "FORBIDDEN", "message", "Invalid or missing API key"));
    }
    Map<String, Object> contact = exchange.json();
    Object email = contact.get("email");
    Object phone = contact.get("phone_number");
    if (email == null && phone == null) {
      return Responses.json(400, Map.of("code", "BAD_REQUEST", "message", List.of("email or phone_number is required")));
    }
    String match = email != null ? "email:" + email : "phone:" + phone;
    boolean[] created = {false};
    long id = contacts.computeIfAbsent(match, m -> {
      created[0] = true;
      return contactIds.incrementAndGet();
    });
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("customer_id", Long.toString(id));
    data.put("created", created[0]);
    data.put("warnings", List.of());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "RESPONSE_SUCCESS");
    body.put("message", "Request served successfully.");
    body.put("type", "object");
    body.put("data", data);
    return Responses.json(200, body);
  }

  @Override
  public MockResponse error(int status, String message) {
    return partnerError(status, message);
  }

  @Override
  public MockResponse error(String operationId, int status, String message) {
    if (CUSTOMER_INGESTION.equals(operationId)) {
      return Responses.json(status, Map.of("error", message));
    }
    if (CUSTOMER_SYNC.equals(operationId)) {
      return Responses.json(status, Map.of("code", status == 400 ? "BAD_REQUEST" : "CUSTOMER_CREATION_FAILED",
          "message", status == 400 ? List.of(message) : message));
    }
    return partnerError(status, message);
  }

  private static MockResponse partnerError(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("success", false);
    body.put("message", status == 429 ? "Rate limit exceeded. Try again in 60 seconds." : message);
    return Responses.json(status, body);
  }

  private static Instant parse(Object timestamp) {
    try {
      return timestamp == null ? null : Instant.parse(timestamp.toString());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String key(String tenantId, String subTenantId) {
    return tenantId + "\u0000" + subTenantId;
  }

  private static final class Tenant {
    final Set<String> calls = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    final Map<String, String> dispositions = new ConcurrentHashMap<>();
  }
}
