package io.cpaaskit.sandbox.internal.voipbin;

import io.cpaaskit.sandbox.internal.Emulator;
import io.cpaaskit.sandbox.internal.Exchange;
import io.cpaaskit.sandbox.internal.HmacJwt;
import io.cpaaskit.sandbox.internal.Responses;
import io.cpaaskit.sandbox.internal.SpecApi;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;

/**
 * VoIPBIN's server behaviour for {@code VoipbinSandbox}: JWT login and boot, access keys, the {@code /v1.0} error
 * envelope, the empty-body 400s of {@code /auth/*}, and per-customer state for every resource of
 * {@code specs/voipbin.yaml} (created, listed with VoIPBIN's {@code tm_create} page tokens, changed and deleted).
 *
 * <p>The resource handling is generic, driven by each operation's path and response schema (create, list, get,
 * update, delete, and actions on one resource); the behaviour a client can observe beyond CRUD (call hang-up,
 * recordings, direct hashes, statuses of flows and AI calls) is written out per operation. One lock guards all state:
 * the sandbox serves a handful of connections and correctness beats throughput here.
 */
public final class VoipbinEmulator implements Emulator {
  /** VoIPBIN's login lifetime. */
  public static final Duration LOGIN_LIFETIME = Duration.ofDays(7);
  /** VoIPBIN's boot (direct hash) token lifetime. */
  public static final Duration BOOT_LIFETIME = Duration.ofHours(4);

  /** The layout of the JWT {@code expire} claim and of page tokens: UTC, always six fraction digits. */
  static final DateTimeFormatter EXPIRE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final long MIN_ACCESSKEY_SECONDS = 86_400;
  /** An access key acts with customer-admin rights; a seeded admin agent has every permission bit. */
  private static final long ADMIN_PERMISSION = 65_535;
  /** What a boot token reaches (its {@code allowed_resource_types} is {@code aicall}); the rest answers 403. */
  private static final Set<String> DIRECT_OPERATIONS =
      Set.of("createAicall", "listAicalls", "getAicall", "deleteAicall", "terminateAicall");
  /** The resource types {@code POST /auth/boot} accepts hashes of, of those the spec models. */
  private static final Map<String, String> BOOTABLE = Map.of("ais", "ai");

  private final SpecApi spec;
  private final Shapes shapes;
  private final Clock clock;
  private final Duration tokenLifetime;
  private final HmacJwt jwt = HmacJwt.withRandomKey();
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Route> routes = new HashMap<>();

  private final Object lock = new Object();
  private final Map<String, Map<String, Object>> customers = new LinkedHashMap<>();
  private final Map<String, String> webhookSecrets = new HashMap<>();
  private final Map<String, Map<String, Object>> billingAccounts = new HashMap<>();
  private final Map<String, Map<String, Object>> outboundConfigs = new HashMap<>();
  /** Resources by collection (the path segment after {@code /v1.0/}), each by id, in creation order. */
  private final Map<String, Map<String, Map<String, Object>>> collections = new HashMap<>();
  private final Map<String, String> agentPasswords = new HashMap<>();
  /** SHA-256 of each live access key to its id: like VoIPBIN, the raw key is not kept. */
  private final Map<String, String> accessKeyHashes = new HashMap<>();
  /** SHA-256 of every JWT issued and not revoked; {@link #revokeTokens()} empties it. */
  private final Set<String> liveTokens = new HashSet<>();
  private final Map<String, String> verificationTokens = new HashMap<>();
  private Instant lastStamp = Instant.EPOCH;
  private Instant lastIssue = Instant.EPOCH;

  private final String seedUsername;
  private final String seedPassword;
  private final String seedAccessKey;
  private final String seedCustomerId;

  /**
   * Creates the emulator with one active customer, its admin agent (username and password) and an access key.
   *
   * @param spec {@code voipbin.yaml}
   * @param clock the sandbox clock (token issue and expiry, timestamps)
   * @param tokenLifetime the login JWT lifetime; boot tokens live the shorter of this and four hours
   */
  public VoipbinEmulator(SpecApi spec, Clock clock, Duration tokenLifetime) {
    this.spec = spec;
    this.shapes = new Shapes(spec);
    this.clock = clock;
    this.tokenLifetime = tokenLifetime;
    indexRoutes();
    String suffix = randomString(8).toLowerCase(Locale.ROOT);
    this.seedUsername = "agent-" + suffix + "@sandbox.voipbin.test";
    this.seedPassword = randomString(20);
    synchronized (lock) {
      Map<String, Object> customer = newCustomer("sandbox-" + suffix + "@sandbox.voipbin.test", "Sandbox customer", "active");
      this.seedCustomerId = (String) customer.get("id");
      newAgent(seedCustomerId, seedUsername, seedPassword, "Sandbox admin");
      Map<String, Object> key = newAccessKey(seedCustomerId, "sandbox", "seeded by the sandbox", Duration.ofDays(365));
      this.seedAccessKey = (String) key.get("token");
    }
  }

  /** The seeded agent's username. */
  public String seedUsername() {
    return seedUsername;
  }

  /** The seeded agent's password. */
  public String seedPassword() {
    return seedPassword;
  }

  /** The seeded customer's access key. */
  public String seedAccessKey() {
    return seedAccessKey;
  }

  /** Invalidates every JWT issued so far (login and boot tokens); access keys stay valid. */
  public void revokeTokens() {
    synchronized (lock) {
      liveTokens.clear();
    }
  }

  @Override
  public boolean isLogin(String operationId) {
    return "login".equals(operationId) || "boot".equals(operationId);
  }

  @Override
  public MockResponse error(int status, String message) {
    return envelope(status, defaultReason(status), message, newRequestId(), clock.instant());
  }

  @Override
  public MockResponse error(String operationId, int status, String message) {
    Route route = routes.get(operationId);
    if (route != null && route.auth() && status == 400) {
      // VoIPBIN's /auth handlers refuse with a bare 400 and no body; the sandbox's reason stays in its own header.
      return decorate(Responses.empty(400), newRequestId(), clock.instant());
    }
    return error(status, message);
  }

  @Override
  public MockResponse handle(Exchange exchange) {
    Request request = new Request(exchange, requestId(exchange));
    Route route = routes.get(exchange.operationId());
    MockResponse response;
    synchronized (lock) {
      if (route.auth()) {
        response = auth(request);
      } else {
        response = api(request, route);
      }
    }
    return decorate(response, request.requestId, exchange.now());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // /auth/*

  private MockResponse auth(Request r) {
    Map<String, Object> body = r.exchange.json();
    switch (r.exchange.operationId()) {
      case "login":
        return login(r, body);
      case "signup":
        return signup(body);
      case "verifyEmail":
        return verifyEmail(body);
      case "boot":
        return boot(r, body);
      case "forgotPassword":
        // The same answer whether or not the agent exists: nothing to enumerate.
        return Responses.json(200, Map.of());
      case "resetPassword":
        // Reset tokens only travel by e-mail, which the sandbox never sends: every token is unknown.
        return Responses.empty(400);
      default:
        return spec.sampleResponse(r.exchange.operationId());
    }
  }

  private MockResponse login(Request r, Map<String, Object> body) {
    Object username = body.get("username");
    Object password = body.get("password");
    Map<String, Object> agent = null;
    for (Map<String, Object> candidate : collection("agents").values()) {
      if (candidate.get("username").equals(username)) {
        agent = candidate;
      }
    }
    String stored = agent == null ? null : agentPasswords.get((String) agent.get("id"));
    if (stored == null || !(password instanceof String) || !constantTimeEquals(stored, (String) password)) {
      return Responses.empty(400);
    }
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("agent", Shapes.copy(agent));
    claims.put("expire", EXPIRE.format(issueInstant(r).plus(tokenLifetime)));
    claims.put("type", "agent");
    String token = issue(claims);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("username", agent.get("username"));
    answer.put("token", token);
    return Responses.json(200, answer);
  }

  private MockResponse signup(Map<String, Object> body) {
    String email = (String) body.get("email");
    if (!Boolean.TRUE.equals(body.get("accepted_tos")) || email.isBlank()) {
      return Responses.empty(400);
    }
    boolean used = customers.values().stream().anyMatch(c -> email.equalsIgnoreCase((String) c.get("email")))
        || collection("agents").values().stream().anyMatch(a -> email.equalsIgnoreCase((String) a.get("username")));
    if (used) {
      // VoIPBIN answers every refused sign-up with 200 {} so that addresses cannot be enumerated.
      return Responses.json(200, Map.of());
    }
    Map<String, Object> customer = newCustomer(email, body.get("name") instanceof String ? (String) body.get("name") : "", "initial");
    String customerId = (String) customer.get("id");
    shapes.copyInto(customer, "Customer", body);
    customer.put("email", email);
    customer.put("email_verified", false);
    // The admin agent has no password until the customer sets one from the verification e-mail.
    newAgent(customerId, email, null, "Admin");
    verificationTokens.put(HexFormat.of().formatHex(randomBytes(32)), customerId);
    Map<String, Object> key = newAccessKey(customerId, "default", "", Duration.ofDays(365));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("customer", customerView(customer, false));
    answer.put("accesskey", key);
    return Responses.json(200, answer);
  }

  private MockResponse verifyEmail(Map<String, Object> body) {
    String customerId = verificationTokens.remove(body.get("token"));
    if (customerId == null) {
      return Responses.empty(400);
    }
    Map<String, Object> customer = customers.get(customerId);
    customer.put("status", "active");
    customer.put("email_verified", true);
    customer.put("tm_update", stamp());
    return Responses.json(200, Map.of("customer", customerView(customer, false)));
  }

  private MockResponse boot(Request r, Map<String, Object> body) {
    Object hash = body.get("direct_hash");
    if (!(hash instanceof String) || !((String) hash).startsWith("direct.")) {
      return Responses.empty(400);
    }
    for (Map.Entry<String, String> bootable : BOOTABLE.entrySet()) {
      for (Map<String, Object> resource : collection(bootable.getKey()).values()) {
        if (!hash.equals(resource.get("direct_hash"))) {
          continue;
        }
        String customerId = (String) resource.get("customer_id");
        if (!"active".equals(customers.get(customerId).get("status"))) {
          return Responses.empty(400);
        }
        Duration lifetime = BOOT_LIFETIME.compareTo(tokenLifetime) < 0 ? BOOT_LIFETIME : tokenLifetime;
        String expire = EXPIRE.format(issueInstant(r).plus(lifetime));
        Map<String, Object> direct = new LinkedHashMap<>();
        direct.put("customer_id", customerId);
        direct.put("resource_type", bootable.getValue());
        direct.put("resource_id", resource.get("id"));
        direct.put("allowed_resource_types", List.of("aicall"));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("direct", direct);
        claims.put("expire", expire);
        claims.put("type", "direct");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", issue(claims));
        answer.put("type", "direct");
        answer.put("resource_type", bootable.getValue());
        answer.put("resource_id", resource.get("id"));
        answer.put("customer_id", customerId);
        answer.put("expire", expire);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("public_display_config", null);
        answer.put("resource_data", data);
        return Responses.json(200, answer);
      }
    }
    // Unknown hashes and hashes of types boot does not accept (flows, agents, conferences) alike.
    return Responses.empty(400);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Credentials

  private enum Kind { AGENT, ACCESS_KEY, DIRECT }

  private record Principal(Kind kind, String customerId, String agentId) {}

  @Override
  public boolean carriesExpiredToken(Exchange ex) {
    synchronized (lock) {
      Credential credential = credential(ex);
      if (credential == null) {
        return false;
      }
      if (credential.token()) {
        Map<String, Object> claims = honouredClaims(credential.value());
        return claims != null && tokenExpired(claims, ex.now());
      }
      Map<String, Object> accesskey = liveAccessKey(credential.value());
      return accesskey != null && accessKeyExpired(accesskey, ex.now());
    }
  }

  /** A credential as sent: a token (JWT) or an access key. */
  private record Credential(boolean token, String value) {}

  /** Reads the credential in VoIPBIN's order: cookie token, ?token=, Bearer, cookie accesskey, ?accesskey=. */
  private static Credential credential(Exchange ex) {
    Map<String, String> cookies = cookies(ex.header("Cookie"));
    String token = cookies.get("token");
    if (token == null) {
      token = ex.query("token");
    }
    String authorization = ex.header("Authorization");
    if (token == null && authorization != null && authorization.startsWith("Bearer ")) {
      token = authorization.substring("Bearer ".length());
    }
    if (token != null) {
      return new Credential(true, token);
    }
    String key = cookies.get("accesskey");
    if (key == null) {
      key = ex.query("accesskey");
    }
    return key == null ? null : new Credential(false, key);
  }

  /** The claims of a token this sandbox issued and still honours, or {@code null}. */
  private Map<String, Object> honouredClaims(String token) {
    Map<String, Object> claims = jwt.verify(token);
    return claims == null || !liveTokens.contains(sha256(token)) ? null : claims;
  }

  /** An access key that exists and is not deleted, or {@code null}. */
  private Map<String, Object> liveAccessKey(String key) {
    String id = accessKeyHashes.get(sha256(key));
    Map<String, Object> accesskey = id == null ? null : collection("accesskeys").get(id);
    return accesskey == null || accesskey.get("tm_delete") != null ? null : accesskey;
  }

  /** Whether a token's {@code expire} claim has passed; a token without one counts as expired. */
  private static boolean tokenExpired(Map<String, Object> claims, Instant now) {
    return passed(claims.get("expire"), now);
  }

  /** Whether an access key's {@code tm_expire} has passed. */
  private static boolean accessKeyExpired(Map<String, Object> accesskey, Instant now) {
    return passed(accesskey.get("tm_expire"), now);
  }

  /** Like VoIPBIN, compares the fixed-layout strings; anything else counts as passed. */
  private static boolean passed(Object expire, Instant now) {
    return !(expire instanceof String) || EXPIRE.format(now).compareTo((String) expire) >= 0;
  }

  /** Authenticates the request with its credential (see {@link #credential}). */
  private Object authenticate(Request r) {
    Credential credential = credential(r.exchange);
    if (credential == null) {
      return envelope(r, 401, "AUTHENTICATION_REQUIRED", "no credential: send a token or an access key");
    }
    return credential.token() ? fromJwt(r, credential.value()) : fromAccessKey(r, credential.value());
  }

  private Object fromJwt(Request r, String token) {
    // An access key sent as Bearer lands here too and fails like any other malformed JWT.
    Map<String, Object> claims = honouredClaims(token);
    if (claims == null) {
      return envelope(r, 401, "INVALID_CREDENTIALS", "the token is invalid");
    }
    if (tokenExpired(claims, r.exchange.now())) {
      r.exchange.markExpiredToken();
      return envelope(r, 401, "INVALID_CREDENTIALS", "the token has expired");
    }
    if ("agent".equals(claims.get("type")) && claims.get("agent") instanceof Map) {
      Map<String, Object> agent = Shapes.object(claims.get("agent"));
      if (!collection("agents").containsKey(agent.get("id"))) {
        return envelope(r, 401, "INVALID_CREDENTIALS", "the agent no longer exists");
      }
      return new Principal(Kind.AGENT, (String) agent.get("customer_id"), (String) agent.get("id"));
    }
    if ("direct".equals(claims.get("type")) && claims.get("direct") instanceof Map) {
      return new Principal(Kind.DIRECT, (String) Shapes.object(claims.get("direct")).get("customer_id"), null);
    }
    return envelope(r, 401, "INVALID_CREDENTIALS", "the token is invalid");
  }

  private Object fromAccessKey(Request r, String key) {
    Map<String, Object> accesskey = liveAccessKey(key);
    if (accesskey == null) {
      return envelope(r, 401, "INVALID_CREDENTIALS", "the access key is invalid");
    }
    if (accessKeyExpired(accesskey, r.exchange.now())) {
      r.exchange.markExpiredToken();
      return envelope(r, 401, "INVALID_CREDENTIALS", "the access key has expired");
    }
    return new Principal(Kind.ACCESS_KEY, (String) accesskey.get("customer_id"), null);
  }

  private String issue(Map<String, Object> claims) {
    String token = jwt.sign(claims);
    liveTokens.add(sha256(token));
    return token;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // /v1.0

  private MockResponse api(Request r, Route route) {
    Object credential = authenticate(r);
    if (credential instanceof MockResponse) {
      return (MockResponse) credential;
    }
    Principal who = (Principal) credential;
    String op = r.exchange.operationId();
    if (who.kind() == Kind.DIRECT && !DIRECT_OPERATIONS.contains(op)) {
      return envelope(r, 403, "DIRECT_ACCESS_NOT_SUPPORTED", "a boot token reaches only its resource's AI calls");
    }
    switch (op) {
      case "getMe":
        return getMe(r, who);
      case "getCustomer":
        return Responses.json(200, customerView(customers.get(who.customerId()), true));
      case "updateCustomer":
      case "updateCustomerMetadata":
        return updateCustomer(r, who);
      case "getBillingAccount":
        return Responses.json(200, billingAccounts.get(who.customerId()));
      case "updateBillingAccount":
        return updateSingleton(r, billingAccounts.get(who.customerId()), "BillingAccount");
      case "getOutboundConfig":
        return Responses.json(200, outboundConfigs.get(who.customerId()));
      case "updateOutboundConfig":
        return updateSingleton(r, outboundConfigs.get(who.customerId()), "OutboundConfig");
      case "listAvailableNumbers":
        return spec.sampleResponse(op);
      case "createAccesskey":
        return createAccesskey(r, who);
      case "createCall":
        return createCall(r, who);
      case "createActiveflow":
        return createActiveflow(r, who, route);
      default:
        return generic(r, who, route);
    }
  }

  private MockResponse getMe(Request r, Principal who) {
    if (who.kind() != Kind.AGENT) {
      return envelope(r, 403, "AGENT_AUTH_REQUIRED", "GET /v1.0/me needs an agent's login token, not an access key");
    }
    return Responses.json(200, collection("agents").get(who.agentId()));
  }

  private MockResponse updateCustomer(Request r, Principal who) {
    Map<String, Object> customer = customers.get(who.customerId());
    Map<String, Object> body = r.exchange.json();
    if ("updateCustomerMetadata".equals(r.exchange.operationId())) {
      customer.put("metadata", Shapes.normalize(body));
    } else {
      shapes.copyInto(customer, "Customer", body);
    }
    customer.put("tm_update", stamp());
    return Responses.json(200, customerView(customer, false));
  }

  private MockResponse updateSingleton(Request r, Map<String, Object> singleton, String schema) {
    shapes.copyInto(singleton, schema, r.exchange.json());
    singleton.put("tm_update", stamp());
    return Responses.json(200, singleton);
  }

  private MockResponse createAccesskey(Request r, Principal who) {
    Map<String, Object> body = r.exchange.json();
    long expire = ((Number) body.get("expire")).longValue();
    // voipbin.yaml declares this minimum, so the request validator normally refuses first (same envelope); the
    // vendor rule stays here so the behaviour does not hang on the spec keeping it.
    if (expire < MIN_ACCESSKEY_SECONDS) {
      return envelope(r, 400, "INVALID_ARGUMENT", "expire must be at least 86400 seconds");
    }
    String name = body.get("name") instanceof String ? (String) body.get("name") : "";
    String detail = body.get("detail") instanceof String ? (String) body.get("detail") : "";
    return Responses.json(200, newAccessKey(who.customerId(), name, detail, Duration.ofSeconds(expire)));
  }

  private MockResponse createCall(Request r, Principal who) {
    Map<String, Object> body = r.exchange.json();
    List<Object> destinations = body.get("destinations") instanceof List ? list(body.get("destinations")) : List.of();
    if (destinations.isEmpty()) {
      return envelope(r, 400, "INVALID_ARGUMENT", "destinations must name at least one address");
    }
    String flowId = body.get("flow_id") instanceof String ? (String) body.get("flow_id") : null;
    if (flowId == null) {
      // VoIPBIN runs inline actions as a temporary flow; the call refers to it.
      flowId = UUID.randomUUID().toString();
    }
    List<Object> calls = new ArrayList<>();
    for (Object destination : destinations) {
      Map<String, Object> call = newResource("calls", "CallLeg", who.customerId());
      call.put("owner_type", who.kind() == Kind.AGENT ? "agent" : "");
      call.put("owner_id", who.agentId() == null ? Shapes.NIL_UUID : who.agentId());
      call.put("flow_id", flowId);
      call.put("activeflow_id", UUID.randomUUID().toString());
      call.put("type", "flow");
      call.put("source", body.get("source") instanceof Map ? Shapes.normalize(body.get("source")) : call.get("source"));
      call.put("destination", Shapes.normalize(destination));
      call.put("status", "dialing");
      call.put("direction", "outgoing");
      call.put("mute_direction", null);
      call.put("hangup_by", null);
      call.put("hangup_reason", null);
      call.put("metadata", new LinkedHashMap<>());
      if (body.get("actions") instanceof List && !list(body.get("actions")).isEmpty()) {
        Map<String, Object> first = Shapes.object(Shapes.normalize(list(body.get("actions")).get(0)));
        first.putIfAbsent("id", UUID.randomUUID().toString());
        call.put("action", first);
      }
      calls.add(call);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("calls", calls);
    answer.put("groupcalls", new ArrayList<>());
    return Responses.json(200, answer);
  }

  private MockResponse createActiveflow(Request r, Principal who, Route route) {
    Object id = r.exchange.json().get("id");
    if (id instanceof String && collection("activeflows").containsKey(id)) {
      // The caller-chosen id makes a repeat harmless: the same activeflow comes back.
      Map<String, Object> existing = collection("activeflows").get(id);
      if (who.customerId().equals(existing.get("customer_id"))) {
        return Responses.json(200, existing);
      }
      return envelope(r, 400, "INVALID_ARGUMENT", "the id is taken");
    }
    return generic(r, who, route);
  }

  /** Create, list, get, update, delete and per-resource actions, from the operation's path and schemas. */
  private MockResponse generic(Request r, Principal who, Route route) {
    String op = r.exchange.operationId();
    String method = r.exchange.method();
    List<String> segments = route.segments();
    String collectionName = segments.get(0);
    if ("recordingfiles".equals(collectionName)) {
      return owned(r, who, "recordings", route.pathParam(r.exchange)) == null
          ? notFound(r, "recording")
          : spec.sampleResponse(op);
    }
    if (segments.size() == 1) {
      if ("GET".equals(method)) {
        return listPage(r, who, collectionName);
      }
      return create(r, who, collectionName, route.responseSchema());
    }
    String id = route.pathParam(r.exchange);
    Map<String, Object> resource = owned(r, who, collectionName, id);
    if (resource == null) {
      return notFound(r, singular(collectionName));
    }
    if ("accesskeys".equals(collectionName) && resource.get("tm_delete") != null) {
      return envelope(r, 409, "STATE_INVALID", "the access key was deleted");
    }
    if (segments.size() == 2) {
      switch (method) {
        case "GET":
          return Responses.json(200, view(collectionName, resource));
        case "PUT":
          shapes.copyInto(resource, route.responseSchema(), r.exchange.json());
          if (resource.get("actions") instanceof List) {
            resource.put("actions", withActionIds(list(resource.get("actions"))));
          }
          resource.put("tm_update", stamp());
          return Responses.json(200, view(collectionName, resource));
        case "DELETE":
          return delete(collectionName, resource);
        default:
          return spec.sampleResponse(op);
      }
    }
    return action(r, route, collectionName, resource);
  }

  private MockResponse listPage(Request r, Principal who, String collectionName) {
    int pageSize = 100;
    String size = r.exchange.query("page_size");
    if (size != null) {
      pageSize = Math.max(1, Math.min(100, Integer.parseInt(size)));
    }
    String pageToken = r.exchange.query("page_token");
    String status = "agents".equals(collectionName) ? r.exchange.query("status") : null;
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map<String, Object> item : collection(collectionName).values()) {
      if (!who.customerId().equals(item.get("customer_id")) || item.get("tm_delete") != null) {
        continue;
      }
      if (status != null && !status.equals(item.get("status"))) {
        continue;
      }
      // The page token is the tm_create of the previous page's last item; lists run newest first.
      if (pageToken != null && !pageToken.isEmpty() && ((String) item.get("tm_create")).compareTo(pageToken) >= 0) {
        continue;
      }
      items.add(item);
    }
    Collections.reverse(items);
    List<Object> page = new ArrayList<>();
    for (Map<String, Object> item : items.subList(0, Math.min(pageSize, items.size()))) {
      page.add(view(collectionName, item));
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("result", page);
    // VoIPBIN sends a token with every non-empty page, the last one included; "" only with an empty result.
    answer.put("next_page_token", page.isEmpty() ? "" : Shapes.object(page.get(page.size() - 1)).get("tm_create"));
    return Responses.json(200, answer);
  }

  private MockResponse create(Request r, Principal who, String collectionName, String schema) {
    Map<String, Object> body = r.exchange.json();
    Map<String, Object> resource = newResource(collectionName, schema, who.customerId());
    shapes.copyInto(resource, schema, body);
    if (resource.get("actions") instanceof List) {
      resource.put("actions", withActionIds(list(resource.get("actions"))));
    }
    if (body.get("id") instanceof String && !((String) body.get("id")).isEmpty()) {
      // Activeflows and conferences accept a caller-chosen id.
      collection(collectionName).remove(resource.get("id"));
      resource.put("id", body.get("id"));
      collection(collectionName).put((String) body.get("id"), resource);
    }
    switch (collectionName) {
      case "agents":
        agentPasswords.put((String) resource.get("id"), (String) body.get("password"));
        resource.put("status", "offline");
        break;
      case "flows":
        resource.put("type", "flow");
        break;
      case "ais":
        resource.put("direct_hash", newDirectHash());
        resource.put("is_insight_active", false);
        break;
      case "aicalls":
        resource.put("status", "progressing");
        break;
      case "activeflows":
        resource.put("status", "running");
        resource.put("reference_type", "api");
        break;
      case "conferences":
        resource.put("status", "progressing");
        break;
      case "campaigns":
        resource.put("status", "stop");
        break;
      case "groupcalls":
        resource.put("status", "progressing");
        break;
      case "numbers":
        resource.put("status", "active");
        resource.put("tm_purchase", resource.get("tm_create"));
        break;
      case "messages":
        resource.put("type", "sms");
        resource.put("direction", "outbound");
        resource.put("targets", messageTargets(body, (String) resource.get("tm_create")));
        break;
      default:
        break;
    }
    return Responses.json(200, view(collectionName, resource));
  }

  private MockResponse delete(String collectionName, Map<String, Object> resource) {
    String now = stamp();
    resource.put("tm_delete", now);
    resource.put("tm_update", now);
    if ("accesskeys".equals(collectionName)) {
      // Soft delete: the key stops working, a later GET answers 409.
      accessKeyHashes.values().remove(resource.get("id"));
      return Responses.json(200, view(collectionName, resource));
    }
    if ("numbers".equals(collectionName)) {
      resource.put("status", "deleted");
    }
    if ("agents".equals(collectionName)) {
      agentPasswords.remove(resource.get("id"));
    }
    collection(collectionName).remove(resource.get("id"));
    return Responses.json(200, view(collectionName, resource));
  }

  private MockResponse action(Request r, Route route, String collectionName, Map<String, Object> resource) {
    String op = r.exchange.operationId();
    String now = stamp();
    switch (op) {
      case "hangupCall":
        if ("hangup".equals(resource.get("status"))) {
          return envelope(r, 409, "CALL_ALREADY_HANGUP", "the call has already been hung up");
        }
        resource.put("status", "hangup");
        resource.put("hangup_by", "local");
        resource.put("hangup_reason", "normal");
        resource.put("tm_hangup", now);
        stopRecording(resource, now);
        break;
      case "startCallRecording":
        if (!Shapes.NIL_UUID.equals(resource.get("recording_id"))) {
          return envelope(r, 409, "RECORDING_ALREADY_ACTIVE", "the call is already being recorded");
        }
        if ("hangup".equals(resource.get("status"))) {
          return envelope(r, 409, "CALL_ALREADY_HANGUP", "the call has already been hung up");
        }
        startRecording(r, resource);
        break;
      case "stopCallRecording":
        if (Shapes.NIL_UUID.equals(resource.get("recording_id"))) {
          return envelope(r, 409, "STATE_INVALID", "the call is not being recorded");
        }
        stopRecording(resource, now);
        break;
      case "muteCall":
        resource.put("mute_direction", r.exchange.json().getOrDefault("direction", "both"));
        break;
      case "unmuteCall":
        resource.put("mute_direction", null);
        break;
      case "hangupGroupcall":
        resource.put("status", "hangup");
        break;
      case "regenerateFlowDirectHash":
        resource.put("direct_hash", newDirectHash());
        break;
      case "stopActiveflow":
        resource.put("status", "ended");
        break;
      case "terminateAicall":
        resource.put("status", "terminated");
        resource.put("tm_end", now);
        break;
      default:
        if (route.responseSchema() != null) {
          // Sub-resource updates (agent status, number flow ids, campaign status) set what the body names.
          shapes.copyInto(resource, route.responseSchema(), r.exchange.json());
        }
        break;
    }
    resource.put("tm_update", now);
    if (route.responseSchema() == null) {
      return spec.sampleResponse(op); // talk, hold, mute and the like answer 200 without a body
    }
    return Responses.json(200, view(collectionName, resource));
  }

  private void startRecording(Request r, Map<String, Object> call) {
    Map<String, Object> recording = newResource("recordings", "Recording", (String) call.get("customer_id"));
    recording.put("owner_type", call.get("owner_type"));
    recording.put("owner_id", call.get("owner_id"));
    recording.put("reference_type", "call");
    recording.put("reference_id", call.get("id"));
    recording.put("status", "recording");
    recording.put("format", "wav");
    recording.put("activeflow_id", call.get("activeflow_id"));
    Object onEnd = r.exchange.json().get("on_end_flow_id");
    recording.put("on_end_flow_id", onEnd instanceof String && !((String) onEnd).isEmpty() ? onEnd : Shapes.NIL_UUID);
    recording.put("tm_start", recording.get("tm_create"));
    call.put("recording_id", recording.get("id"));
    List<Object> ids = new ArrayList<>(list(call.get("recording_ids")));
    ids.add(recording.get("id"));
    call.put("recording_ids", ids);
  }

  private void stopRecording(Map<String, Object> call, String now) {
    Map<String, Object> recording = collection("recordings").get(call.get("recording_id"));
    if (recording != null) {
      recording.put("status", "ended");
      recording.put("tm_end", now);
      recording.put("tm_update", now);
    }
    call.put("recording_id", Shapes.NIL_UUID);
  }

  private List<Object> messageTargets(Map<String, Object> body, String now) {
    List<Object> targets = new ArrayList<>();
    if (body.get("destinations") instanceof List) {
      for (Object destination : list(body.get("destinations"))) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("destination", Shapes.normalize(destination));
        target.put("status", "sent");
        target.put("parts", 1L);
        target.put("tm_update", now);
        targets.add(target);
      }
    }
    return targets;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // State

  private Map<String, Object> newCustomer(String email, String name, String status) {
    Map<String, Object> customer = shapes.blank("Customer");
    String id = UUID.randomUUID().toString();
    customer.put("id", id);
    customer.put("name", name);
    customer.put("detail", "");
    customer.put("email", email);
    customer.put("phone_number", "");
    customer.put("address", "");
    customer.put("webhook_method", null);
    customer.put("webhook_uri", "");
    customer.put("email_verified", "active".equals(status));
    customer.put("status", status);
    customer.put("identity_verification_status", "none");
    customer.put("tm_create", stamp());
    customer.remove("webhook_secret");
    String billingAccountId = UUID.randomUUID().toString();
    customer.put("billing_account_id", billingAccountId);
    customers.put(id, customer);
    webhookSecrets.put(id, randomString(32));

    Map<String, Object> account = shapes.blank("BillingAccount");
    account.put("id", billingAccountId);
    account.put("customer_id", id);
    account.put("name", "default");
    account.put("detail", "");
    account.put("plan_type", "free");
    account.put("plan_status", "active");
    account.put("balance_credit", 0L);
    account.put("balance_token", 0L);
    account.put("payment_type", null);
    account.put("payment_method", null);
    account.put("paddle_subscription_id", "");
    account.put("paddle_customer_id", "");
    account.put("tm_create", stamp());
    billingAccounts.put(id, account);

    Map<String, Object> outbound = shapes.blank("OutboundConfig");
    outbound.put("id", UUID.randomUUID().toString());
    outbound.put("customer_id", id);
    outbound.put("name", "default");
    outbound.put("detail", "");
    // A new customer's empty whitelist: VoIPBIN blocks PSTN calls until it is set.
    outbound.put("destination_whitelist", new ArrayList<>());
    outbound.put("codecs", null);
    outbound.put("default_outgoing_source_number_id", null);
    outbound.put("tm_create", stamp());
    outboundConfigs.put(id, outbound);
    return customer;
  }

  private Map<String, Object> newAgent(String customerId, String username, String password, String name) {
    Map<String, Object> agent = newResource("agents", "Agent", customerId);
    agent.put("username", username);
    agent.put("name", name);
    agent.put("detail", "");
    agent.put("ring_method", "ringall");
    agent.put("status", "available");
    agent.put("permission", ADMIN_PERMISSION);
    agent.put("addresses", new ArrayList<>());
    if (password != null) {
      agentPasswords.put((String) agent.get("id"), password);
    }
    return agent;
  }

  /** Creates a key and returns its creation view, the only one that carries the raw {@code token}. */
  private Map<String, Object> newAccessKey(String customerId, String name, String detail, Duration lifetime) {
    Map<String, Object> key = newResource("accesskeys", "Accesskey", customerId);
    String token = "vb_" + randomString(32);
    key.put("name", name);
    key.put("detail", detail);
    key.put("token_prefix", token.substring(0, 11));
    key.put("tm_expire", EXPIRE.format(clock.instant().plus(lifetime)));
    key.remove("token");
    accessKeyHashes.put(sha256(token), (String) key.get("id"));
    Map<String, Object> created = new LinkedHashMap<>(key);
    created.put("token", token);
    return created;
  }

  private Map<String, Object> newResource(String collectionName, String schema, String customerId) {
    Map<String, Object> resource = shapes.blank(schema);
    String id = UUID.randomUUID().toString();
    resource.put("id", id);
    if (resource.containsKey("customer_id")) {
      resource.put("customer_id", customerId);
    }
    resource.put("tm_create", stamp());
    if ("accesskeys".equals(collectionName)) {
      resource.remove("token");
    }
    collection(collectionName).put(id, resource);
    return resource;
  }

  private Map<String, Object> owned(Request r, Principal who, String collectionName, String id) {
    Map<String, Object> resource = collection(collectionName).get(id);
    if (resource == null || !who.customerId().equals(resource.get("customer_id"))) {
      return null;
    }
    return resource;
  }

  /** What a read answers: access keys never show their raw key after creation. */
  private static Map<String, Object> view(String collectionName, Map<String, Object> resource) {
    if ("accesskeys".equals(collectionName)) {
      Map<String, Object> copy = new LinkedHashMap<>(resource);
      copy.remove("token");
      return copy;
    }
    return resource;
  }

  private Map<String, Object> customerView(Map<String, Object> customer, boolean self) {
    Map<String, Object> copy = new LinkedHashMap<>(customer);
    if (self) {
      // Only GET /v1.0/customer shows the webhook signing secret.
      copy.put("webhook_secret", webhookSecrets.get(customer.get("id")));
    }
    return copy;
  }

  private Map<String, Map<String, Object>> collection(String name) {
    return collections.computeIfAbsent(name, n -> new LinkedHashMap<>());
  }

  private static List<Object> withActionIds(List<Object> actions) {
    List<Object> out = new ArrayList<>();
    for (Object action : actions) {
      Map<String, Object> copy = Shapes.object(Shapes.normalize(action));
      copy.putIfAbsent("id", UUID.randomUUID().toString());
      out.add(copy);
    }
    return out;
  }

  /** A creation timestamp, strictly increasing so that page tokens stay unique under a frozen test clock. */
  private String stamp() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (!now.isAfter(lastStamp)) {
      now = lastStamp.plus(1, ChronoUnit.MICROS);
    }
    lastStamp = now;
    return EXPIRE.format(now);
  }

  /**
   * The issue time of a token, strictly increasing: VoIPBIN's claims carry no {@code jti} or {@code iat}, so two
   * logins within one microsecond (always, under a frozen test clock) would otherwise get the very same token, and a
   * client rightly does not retry a 401 with the token that just got it.
   */
  private Instant issueInstant(Request r) {
    Instant now = r.exchange.now().truncatedTo(ChronoUnit.MICROS);
    if (!now.isAfter(lastIssue)) {
      now = lastIssue.plus(1, ChronoUnit.MICROS);
    }
    lastIssue = now;
    return now;
  }

  private String newDirectHash() {
    return "direct." + randomString(24).toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Answers

  private MockResponse notFound(Request r, String what) {
    return envelope(r, 404, "RESOURCE_NOT_FOUND", "no such " + what);
  }

  private MockResponse envelope(Request r, int status, String reason, String message) {
    return envelope(status, reason, message, r.requestId, r.exchange.now());
  }

  private MockResponse envelope(int status, String reason, String message, String requestId, Instant now) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("status", errorStatus(status));
    error.put("reason", reason);
    error.put("message", message);
    error.put("request_id", requestId);
    if (status == 429) {
      error.put("details", List.of(Map.of("limited_by", "customer")));
    }
    return decorate(Responses.json(status, Map.of("error", error)), requestId, now);
  }

  private static MockResponse decorate(MockResponse response, String requestId, Instant now) {
    return response.newBuilder()
        .setHeader("X-Request-Id", requestId)
        // A Date from the sandbox clock lets the client measure the token lifetime as VoIPBIN states it.
        .setHeader("Date", HTTP_DATE.format(now))
        .build();
  }

  static String errorStatus(int status) {
    switch (status) {
      case 400:
        return "INVALID_ARGUMENT";
      case 401:
        return "UNAUTHENTICATED";
      case 402:
        return "PAYMENT_REQUIRED";
      case 403:
        return "PERMISSION_DENIED";
      case 404:
        return "NOT_FOUND";
      case 409:
        return "FAILED_PRECONDITION";
      case 429:
        return "RESOURCE_EXHAUSTED";
      case 502:
      case 503:
      case 504:
        return "UNAVAILABLE";
      default:
        return status >= 500 ? "INTERNAL" : "INVALID_ARGUMENT";
    }
  }

  private static String defaultReason(int status) {
    switch (status) {
      case 400:
        return "INVALID_ARGUMENT";
      case 401:
        return "INVALID_CREDENTIALS";
      case 403:
        return "PERMISSION_DENIED";
      case 404:
      case 405:
        return "ROUTE_NOT_FOUND";
      case 409:
        return "STATE_INVALID";
      case 429:
        return "RATE_LIMIT_EXCEEDED";
      case 502:
      case 503:
      case 504:
        return "SERVICE_UNAVAILABLE";
      default:
        return status >= 500 ? "INTERNAL_ERROR" : "INVALID_ARGUMENT";
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers

  private record Request(Exchange exchange, String requestId) {}

  private String requestId(Exchange exchange) {
    String sent = exchange.header("X-Request-Id");
    return sent != null && REQUEST_ID.matcher(sent).matches() ? sent : newRequestId();
  }

  private String newRequestId() {
    return "req_" + randomString(16).toUpperCase(Locale.ROOT);
  }

  private String randomString(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
    }
    return text.toString();
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> cookies(String header) {
    Map<String, String> cookies = new HashMap<>();
    if (header != null) {
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
      }
    }
    return cookies;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return (List<Object>) value;
  }

  private static String singular(String collectionName) {
    return collectionName.endsWith("s") ? collectionName.substring(0, collectionName.length() - 1) : collectionName;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Routes

  /** One operation's path shape and schemas, read from the spec once. */
  private record Route(String template, boolean auth, List<String> segments, String responseSchema) {
    String pathParam(Exchange exchange) {
      String variable = segments.size() > 1 ? segments.get(1) : null;
      if (variable == null || !variable.startsWith("{")) {
        return null;
      }
      return exchange.pathParam(variable.substring(1, variable.length() - 1));
    }
  }

  private void indexRoutes() {
    for (Map.Entry<String, PathItem> path : spec.openApi().getPaths().entrySet()) {
      String template = path.getKey();
      boolean auth = template.startsWith("/auth/");
      List<String> segments = auth ? List.of() : List.of(template.substring("/v1.0/".length()).split("/"));
      for (Operation operation : path.getValue().readOperations()) {
        routes.put(operation.getOperationId(), new Route(template, auth, segments, successSchema(operation)));
      }
    }
  }

  private static String successSchema(Operation operation) {
    for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
      if (!response.getKey().startsWith("2")) {
        continue;
      }
      if (response.getValue().getContent() == null) {
        return null;
      }
      MediaType media = response.getValue().getContent().get("application/json");
      return media == null || media.getSchema() == null ? null : refName(media.getSchema());
    }
    return null;
  }

  private static String refName(Schema<?> schema) {
    String ref = schema.get$ref();
    return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
  }
}
