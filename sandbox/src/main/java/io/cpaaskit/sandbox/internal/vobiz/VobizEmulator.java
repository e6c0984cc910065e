package io.cpaaskit.sandbox.internal.vobiz;

import io.cpaaskit.sandbox.internal.Emulator;
import io.cpaaskit.sandbox.internal.Exchange;
import io.cpaaskit.sandbox.internal.HmacJwt;
import io.cpaaskit.sandbox.internal.Responses;
import io.cpaaskit.sandbox.internal.SchemaSamples;
import io.cpaaskit.sandbox.internal.SpecApi;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import mockwebserver3.MockResponse;

/**
 * Vobiz's behaviour behind the sandbox server: its two credential scopes and the partner JWT, the stateful partner
 * and voice operations (customers, wallets, calls, CDRs) and Vobiz's error bodies. Every other operation answers the
 * spec's sample body once the credentials check out.
 *
 * <p>Auth, as the reference describes it: the partner pair ({@code PA_…}) works only under {@code /api/v1/partner};
 * a customer pair ({@code MA_…}) only on the voice API and only for its own {@code auth_id}; the partner JWT from
 * {@code partnerLogin} only on the operations whose spec security lists {@code vobizPartnerBearer}. A pair of the
 * wrong scope gets 401 (both specs document wrong-scope credentials as 401); another account's {@code auth_id} gets
 * 403 where the operation documents 403, else 401.
 */
public final class VobizEmulator implements Emulator {
  /** The partner API's path prefix. */
  public static final String PARTNER_BASE = "/api/v1/partner";

  private static final String LOGIN = "partnerLogin";
  private static final String PARTNER_BEARER = "vobizPartnerBearer";
  private static final Set<String> CALL_ACTIONS = Set.of(
      "transferCall", "playAudioOnCall", "stopAudioOnCall", "speakTextOnCall", "stopSpeakingOnCall",
      "sendDigitsOnCall", "startCallRecording", "stopCallRecording", "startStream", "listStreams", "stopAllStreams",
      "getStream", "stopStream");

  private final SpecApi partnerSpec = SpecApi.load("vobiz/partner.yaml");
  private final SpecApi voiceSpec = SpecApi.load("vobiz/voice.yaml");
  private final Map<String, Set<String>> declaredStatuses = new HashMap<>();
  private final VobizState state;
  private final VobizBodies bodies;
  private final HmacJwt jwt = HmacJwt.withRandomKey();
  private final Duration tokenLifetime;
  private final Clock clock;
  private final String partnerAuthId;
  private final String partnerAuthToken;
  private final String partnerEmail;
  private final String partnerPassword;

  /**
   * Creates the emulator with a fresh partner (random auth_id, token and console password).
   *
   * @param partnerBalance the partner's opening balance in INR
   * @param tokenLifetime the lifetime of the partner JWTs it issues
   * @param customers the customers to seed, auth_id to auth token
   * @param seededBalance the opening balance of each seeded customer
   * @param clock the sandbox clock, for the seeded customers' creation time and the error bodies' timestamps
   */
  public VobizEmulator(BigDecimal partnerBalance, Duration tokenLifetime, Map<String, String> customers,
      BigDecimal seededBalance, Clock clock) {
    this.clock = clock;
    Instant now = clock.instant();
    this.state = new VobizState(partnerBalance);
    this.tokenLifetime = tokenLifetime;
    this.partnerAuthId = state.newPartnerAuthId();
    this.partnerAuthToken = state.newSecret(40);
    this.partnerEmail = "partner@sandbox.vobiz.invalid";
    this.partnerPassword = "Sbx!" + state.newSecret(16) + "9";
    this.bodies = new VobizBodies(partnerSpec, voiceSpec, partnerAuthId, partnerEmail);
    for (Map.Entry<String, String> seed : customers.entrySet()) {
      String lower = seed.getKey().toLowerCase(Locale.ROOT);
      state.addCustomer(seed.getKey(), seed.getValue(), "Customer " + seed.getKey(),
          lower + "@customers.sandbox.vobiz.invalid", "+919876543210", null, "IN", now, seededBalance);
    }
    index(partnerSpec);
    index(voiceSpec);
  }

  /** The seeded partner's auth_id ({@code PA_…}). */
  public String partnerAuthId() {
    return partnerAuthId;
  }

  /** The seeded partner's auth token. */
  public String partnerAuthToken() {
    return partnerAuthToken;
  }

  /** The seeded partner's console e-mail. */
  public String partnerEmail() {
    return partnerEmail;
  }

  /** The seeded partner's console password. */
  public String partnerPassword() {
    return partnerPassword;
  }

  /** Stops honouring every partner JWT issued so far. */
  public void revokeTokens() {
    state.revokeTokens();
  }

  /** The partner's current balance. */
  public BigDecimal partnerBalance() {
    return state.partnerBalance();
  }

  @Override
  public boolean isLogin(String operationId) {
    return LOGIN.equals(operationId);
  }

  @Override
  public MockResponse error(int status, String message) {
    return bodies.error(status, codeFor(status), message, clock.instant());
  }

  @Override
  public MockResponse handle(Exchange exchange) {
    try {
      if (isLogin(exchange.operationId())) {
        return login(exchange);
      }
      boolean partnerApi = exchange.url().encodedPath().startsWith(PARTNER_BASE + "/");
      if (partnerApi) {
        authenticatePartner(exchange);
        return new PartnerOperations(exchange).answer();
      }
      VobizState.Customer customer = authenticateCustomer(exchange);
      return new VoiceOperations(exchange, customer).answer();
    } catch (Refusal refusal) {
      return bodies.error(refusal.status, refusal.code, refusal.getMessage(), exchange.now());
    }
  }

  // ---------------------------------------------------------------- auth

  private MockResponse login(Exchange exchange) {
    Map<String, Object> body = exchange.json();
    if (!partnerEmail.equalsIgnoreCase(String.valueOf(body.get("email")))
        || !same(partnerPassword, String.valueOf(body.get("password")))) {
      // The documented body of a refused partner login; its status is not documented, 401 is the likely one.
      Map<String, Object> refused = new LinkedHashMap<>();
      refused.put("error", "invalid_credentials");
      refused.put("message", "Invalid email or password");
      return Responses.json(401, refused);
    }
    Instant now = exchange.now();
    String tokenId = UUID.randomUUID().toString();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", partnerAuthId);
    claims.put("jti", tokenId);
    claims.put("iat", now.getEpochSecond());
    claims.put("exp", now.plus(tokenLifetime).getEpochSecond());
    state.honour(tokenId);
    Map<String, Object> tokens = new LinkedHashMap<>();
    tokens.put("access_token", jwt.sign(claims));
    tokens.put("token_type", "Bearer");
    tokens.put("expires_in", tokenLifetime.getSeconds());
    return Responses.json(200, Map.of("tokens", tokens));
  }

  private void authenticatePartner(Exchange exchange) {
    String authorization = exchange.header("Authorization");
    boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    if (bearer && acceptsPartnerBearer(exchange)) {
      checkPartnerJwt(exchange, authorization.substring(7).trim());
      return;
    }
    String authId = exchange.header("X-Auth-ID");
    String authToken = exchange.header("X-Auth-Token");
    if (authId == null || authToken == null) {
      throw new Refusal(401, "AUTHENTICATION_REQUIRED", bearer
          ? "this operation takes the X-Auth-ID and X-Auth-Token headers, not a Bearer token"
          : "the X-Auth-ID and X-Auth-Token headers are required");
    }
    if (authId.equals(partnerAuthId)) {
      if (!same(partnerAuthToken, authToken)) {
        throw new Refusal(401, "INVALID_CREDENTIALS", "invalid auth ID or auth token");
      }
      return;
    }
    VobizState.Customer customer = state.customer(authId);
    if (customer != null && same(customer.authToken, authToken)) {
      throw new Refusal(401, "UNAUTHORIZED",
          "customer credentials are not valid on the partner API; use the partner's PA_ credentials");
    }
    throw new Refusal(401, "INVALID_CREDENTIALS", "invalid auth ID or auth token");
  }

  @Override
  public boolean carriesExpiredToken(Exchange exchange) {
    String authorization = exchange.header("Authorization");
    boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    if (!bearer || !acceptsPartnerBearer(exchange)) {
      return false; // only the partner console JWT expires; the header pairs do not
    }
    Map<String, Object> claims = honouredPartnerClaims(authorization.substring(7).trim());
    return claims != null && expired(claims, exchange);
  }

  /** The claims of a partner JWT this sandbox issued for this partner and has not revoked, or {@code null}. */
  private Map<String, Object> honouredPartnerClaims(String token) {
    Map<String, Object> claims = jwt.verify(token);
    if (claims == null || !partnerAuthId.equals(claims.get("sub")) || !(claims.get("exp") instanceof Number)) {
      return null;
    }
    return state.honoured(String.valueOf(claims.get("jti"))) ? claims : null;
  }

  private static boolean expired(Map<String, Object> claims, Exchange exchange) {
    return exchange.now().getEpochSecond() >= ((Number) claims.get("exp")).longValue();
  }

  private void checkPartnerJwt(Exchange exchange, String token) {
    Map<String, Object> claims = jwt.verify(token);
    if (claims == null || !partnerAuthId.equals(claims.get("sub")) || !(claims.get("exp") instanceof Number)) {
      throw new Refusal(401, "INVALID_TOKEN", "the access token is malformed or was not issued by Vobiz");
    }
    if (honouredPartnerClaims(token) == null) {
      throw new Refusal(401, "INVALID_TOKEN", "the access token has been revoked; log in again");
    }
    if (expired(claims, exchange)) {
      exchange.markExpiredToken();
      throw new Refusal(401, "TOKEN_EXPIRED", "the access token has expired; log in again");
    }
  }

  private VobizState.Customer authenticateCustomer(Exchange exchange) {
    String authId = exchange.header("X-Auth-ID");
    String authToken = exchange.header("X-Auth-Token");
    if (authId == null || authToken == null) {
      throw new Refusal(401, "AUTHENTICATION_REQUIRED", "the X-Auth-ID and X-Auth-Token headers are required");
    }
    if (authId.equals(partnerAuthId)) {
      throw new Refusal(401, "UNAUTHORIZED", same(partnerAuthToken, authToken)
          ? "partner credentials are valid only under /api/v1/partner; use the customer's own auth ID and token"
          : "invalid auth ID or auth token");
    }
    VobizState.Customer customer = state.customer(authId);
    if (customer == null || !same(customer.authToken, authToken)) {
      throw new Refusal(401, "INVALID_CREDENTIALS", "invalid auth ID or auth token");
    }
    String addressed = exchange.pathParam("auth_id");
    if (addressed != null && !addressed.equals(authId)) {
      int status = declared(exchange.operationId(), 403) ? 403 : 401;
      throw new Refusal(status, status == 403 ? "FORBIDDEN" : "UNAUTHORIZED",
          "the credentials of " + authId + " may not act on account " + printable(addressed));
    }
    return customer;
  }

  private static boolean acceptsPartnerBearer(Exchange exchange) {
    for (List<String> requirement : exchange.security()) {
      if (requirement.contains(PARTNER_BEARER)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- partner operations

  /** One partner request, already authenticated. */
  private final class PartnerOperations {
    private final Exchange exchange;

    PartnerOperations(Exchange exchange) {
      this.exchange = exchange;
    }

    MockResponse answer() {
      String operationId = exchange.operationId();
      switch (operationId) {
        case "getPartnerProfile":
          return Responses.json(200, bodies.partnerProfile(state.partnerBalance(), state.customers(null).size()));
        case "listCustomers":
          return listCustomers();
        case "createCustomer":
          return createCustomer();
        case "getCustomer":
          return Responses.json(200, bodies.customer(customer(), false));
        case "getCustomerBalance":
          return Responses.json(200, Map.of("cash_credits", VobizBodies.money(state.balance(customer()))));
        case "transferBalance":
          return transfer();
        case "listCustomerCdrs": {
          VobizState.Customer customer = customer();
          return Responses.json(200,
              bodies.cdrPage(partnerSpec, "CdrPage", customer, filter(state.cdrs(customer.authId)), exchange));
        }
        case "getCustomerCdr": {
          VobizState.Customer customer = customer();
          VobizState.Cdr cdr = state.cdr(customer.authId, exchange.pathParam("cdr_uuid"));
          if (cdr == null) {
            throw notFound("CDR " + printable(exchange.pathParam("cdr_uuid")) + " of " + customer.authId);
          }
          return Responses.json(200, bodies.cdrDetail(partnerSpec, cdr));
        }
        case "listPartnerCdrs":
          return Responses.json(200, bodies.cdrPage(partnerSpec, "CdrPage", null, filter(state.cdrs(null)), exchange));
        default:
          if (exchange.pathParam("customer_auth_id") != null) {
            customer(); // 404 for a customer that is not the partner's
          }
          return sampleAnswer(partnerSpec, operationId);
      }
    }

    private MockResponse listCustomers() {
      List<VobizState.Customer> matching = state.customers(exchange.query("search"));
      int page = intQuery(exchange, "page", 1);
      int size = intQuery(exchange, "per_page", 20);
      List<Map<String, Object>> accounts = VobizBodies.slice(matching, page, size).stream()
          .map(c -> bodies.customer(c, false)).toList();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("accounts", accounts);
      body.put("total", matching.size());
      body.put("page", page);
      body.put("size", size);
      return Responses.json(200, body);
    }

    private MockResponse createCustomer() {
      Map<String, Object> request = exchange.json();
      String email = String.valueOf(request.get("email"));
      if (state.emailTaken(email)) {
        throw new Refusal(409, "DUPLICATE_EMAIL", "an account with this email already exists");
      }
      String password = String.valueOf(request.get("password"));
      if (password.length() < 8 || password.chars().noneMatch(Character::isDigit)
          || password.chars().allMatch(Character::isLetterOrDigit)) {
        throw new Refusal(400, "VALIDATION_ERROR",
            "password must have at least 8 characters, including a digit and a special character");
      }
      VobizState.Customer customer = state.addCustomer(null, null, String.valueOf(request.get("name")), email,
          text(request.get("phone")), text(request.get("company")), String.valueOf(request.get("country")),
          exchange.now(), BigDecimal.ZERO);
      return Responses.json(201, bodies.createdCustomer(customer));
    }

    private MockResponse transfer() {
      VobizState.Customer customer = customer();
      Map<String, Object> request = exchange.json();
      BigDecimal amount = new BigDecimal(String.valueOf(request.get("amount")));
      String currency = String.valueOf(request.get("currency"));
      if (amount.signum() <= 0) {
        throw new Refusal(400, "VALIDATION_ERROR", "amount must be greater than zero");
      }
      if (!VobizState.CURRENCY.equals(currency)) {
        throw new Refusal(400, "CURRENCY_MISMATCH",
            "currency must be the partner's currency " + VobizState.CURRENCY + "; there is no conversion");
      }
      VobizState.Transfer transfer = state.transfer(customer, amount);
      if (!transfer.done()) {
        return bodies.insufficientBalance(transfer.partnerBalance(), amount, exchange.now());
      }
      return Responses.json(200, bodies.transfer(customer, amount, text(request.get("description")), transfer,
          exchange.now()));
    }

    private VobizState.Customer customer() {
      String authId = exchange.pathParam("customer_auth_id");
      VobizState.Customer customer = state.customer(authId);
      if (customer == null) {
        throw notFound("account " + printable(authId));
      }
      return customer;
    }

    private List<VobizState.Cdr> filter(List<VobizState.Cdr> cdrs) {
      return VobizBodies.filter(cdrs, exchange);
    }
  }

  // ---------------------------------------------------------------- voice operations

  /** One voice request, authenticated as {@code customer}. */
  private final class VoiceOperations {
    private final Exchange exchange;
    private final VobizState.Customer customer;

    VoiceOperations(Exchange exchange, VobizState.Customer customer) {
      this.exchange = exchange;
      this.customer = customer;
    }

    MockResponse answer() {
      String operationId = exchange.operationId();
      switch (operationId) {
        case "getAuthProfile":
          return Responses.json(200, bodies.accountProfile(customer));
        case "getConcurrency":
          return Responses.json(200, bodies.concurrency(customer, state.liveCalls(customer.authId).size()));
        case "getBalance": {
          String currency = exchange.pathParam("currency");
          if (!VobizState.CURRENCY.equalsIgnoreCase(currency)) {
            throw notFound("no " + printable(currency) + " balance for " + customer.authId);
          }
          return Responses.json(200, bodies.balance(customer, state.balance(customer), exchange.now()));
        }
        case "makeCall":
          return makeCall();
        case "listLiveCalls":
          return Responses.json(200, bodies.callUuids(state.liveCalls(customer.authId)));
        case "listQueuedCalls":
          // Sandbox calls are answered at once, so nothing ever waits in the queue.
          return Responses.json(200, bodies.callUuids(List.of()));
        case "getLiveCall":
          return Responses.json(200, bodies.liveCall(liveCall()));
        case "getQueuedCall":
          throw notFound("no queued call " + printable(exchange.pathParam("call_uuid")));
        case "hangupCall":
          state.hangup(liveCall(), exchange.now());
          return Responses.empty(204);
        case "listCdrs":
          return Responses.json(200, bodies.cdrPage(voiceSpec, "CdrPage", customer, cdrs(), exchange));
        case "searchCdrs":
          return Responses.json(200, bodies.cdrPage(voiceSpec, "CdrSearchPage", customer, cdrs(), exchange));
        case "listRecentCdrs":
          return Responses.json(200, bodies.recentCdrs(customer, state.cdrs(customer.authId),
              intQuery(exchange, "limit", 20)));
        case "exportCdrs":
          return Responses.text(200, "text/csv", VobizBodies.csv(cdrs()));
        case "getCdr": {
          VobizState.Cdr cdr = state.cdr(customer.authId, exchange.pathParam("call_id"));
          if (cdr == null) {
            throw notFound("no CDR " + printable(exchange.pathParam("call_id")));
          }
          return Responses.json(200, bodies.cdrDetail(voiceSpec, cdr));
        }
        default:
          if (CALL_ACTIONS.contains(operationId)) {
            liveCall(); // acting on a call needs a live one
          }
          return sampleAnswer(voiceSpec, operationId);
      }
    }

    private MockResponse makeCall() {
      if (state.balance(customer).signum() <= 0) {
        throw new Refusal(402, "INSUFFICIENT_BALANCE",
            "insufficient balance to place a call; the partner can transfer balance to " + customer.authId);
      }
      Map<String, Object> request = exchange.json();
      VobizState.LiveCall call = state.placeCall(customer, String.valueOf(request.get("from")),
          String.valueOf(request.get("to")), text(request.get("caller_name")), exchange.now());
      int status = voiceSpec.sample("makeCall").status();
      return Responses.json(status, bodies.callFired(call));
    }

    private VobizState.LiveCall liveCall() {
      VobizState.LiveCall call = state.liveCall(customer.authId, exchange.pathParam("call_uuid"));
      if (call == null) {
        throw notFound("no live call " + printable(exchange.pathParam("call_uuid")));
      }
      return call;
    }

    private List<VobizState.Cdr> cdrs() {
      return VobizBodies.filter(state.cdrs(customer.authId), exchange);
    }
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The spec's sample answer, minus a top-level {@code error} member: schemas such as {@code ConferenceDetail} declare
   * one for Vobiz's documented {@code 200 {"api_id", "error": "failed"}} quirk, and a sample that filled it in would
   * read as a failure. The sandbox answers the successful variant.
   */
  @SuppressWarnings("unchecked")
  private static MockResponse sampleAnswer(SpecApi spec, String operationId) {
    SchemaSamples.Sample sample = spec.sample(operationId);
    if (sample.body() instanceof Map && ((Map<String, Object>) sample.body()).containsKey("error")) {
      Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) sample.body());
      body.remove("error");
      return Responses.json(sample.status(), body);
    }
    return spec.sampleResponse(operationId);
  }

  private void index(SpecApi spec) {
    for (PathItem path : spec.openApi().getPaths().values()) {
      for (Operation operation : path.readOperations()) {
        Set<String> statuses = new HashSet<>();
        if (operation.getResponses() != null) {
          statuses.addAll(operation.getResponses().keySet());
        }
        declaredStatuses.put(operation.getOperationId(), statuses);
      }
    }
  }

  private boolean declared(String operationId, int status) {
    return declaredStatuses.getOrDefault(operationId, Set.of()).contains(Integer.toString(status));
  }

  private static Refusal notFound(String what) {
    return new Refusal(404, "NOT_FOUND", what + " not found");
  }

  static int intQuery(Exchange exchange, String name, int fallback) {
    String value = exchange.query(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return fallback; // the validator already refused anything that is not an integer
    }
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  /** Compares secrets in constant time, so the sandbox does not teach timing attacks by example. */
  private static boolean same(String expected, String actual) {
    return actual != null && MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }

  /** Quotes an id back only when it looks like one: a token pasted into the wrong slot must not be echoed. */
  private static String printable(String id) {
    return id != null && id.matches("[A-Za-z0-9_.:+\\-]{1,64}") && !id.matches("[A-Za-z0-9]{30,}") ? id : "(redacted)";
  }

  private static String codeFor(int status) {
    switch (status) {
      case 400: return "BAD_REQUEST";
      case 401: return "UNAUTHORIZED";
      case 402: return "INSUFFICIENT_BALANCE";
      case 403: return "FORBIDDEN";
      case 404: return "NOT_FOUND";
      case 405: return "METHOD_NOT_ALLOWED";
      case 409: return "CONFLICT";
      case 422: return "VALIDATION_ERROR";
      case 429: return "RATE_LIMIT_EXCEEDED";
      case 503: return "SERVICE_UNAVAILABLE";
      default: return status >= 500 ? "INTERNAL_ERROR" : "ERROR";
    }
  }

  /** Ends a request with one of Vobiz's error answers. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String code;

    Refusal(int status, String code, String message) {
      super(message, null, false, false);
      this.status = status;
      this.code = code;
    }
  }

  @Override
  public String toString() {
    return "VobizEmulator{partner=" + partnerAuthId + "}";
  }
}
