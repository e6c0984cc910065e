package io.cpaaskit.sandbox.internal.vobiz;

import io.cpaaskit.sandbox.internal.Exchange;
import io.cpaaskit.sandbox.internal.Responses;
import io.cpaaskit.sandbox.internal.SpecApi;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mockwebserver3.MockResponse;

/**
 * Vobiz's response bodies. Each starts from the spec's sample of its component schema, so every answer carries the
 * full shape the spec declares, and then gets the sandbox's state written over it.
 */
final class VobizBodies {
  private static final List<String> CDR_UNKNOWN = List.of(
      "region", "origination_region", "campaign_id", "customer_endpoint", "trunk_id", "terminated_to", "ring_time",
      "mos", "jitter", "packet_loss", "failure_code", "failure_reason", "bridge_uuid", "sip_call_id",
      "sip_user_agent", "network_addr", "carrier_ip");

  private final SpecApi partnerSpec;
  private final SpecApi voiceSpec;
  private final String partnerAuthId;
  private final String partnerEmail;

  VobizBodies(SpecApi partnerSpec, SpecApi voiceSpec, String partnerAuthId, String partnerEmail) {
    this.partnerSpec = partnerSpec;
    this.voiceSpec = voiceSpec;
    this.partnerAuthId = partnerAuthId;
    this.partnerEmail = partnerEmail;
  }

  // ---------------------------------------------------------------- errors

  /** The error envelope of Vobiz's errors page: {@code {status, error{code, message, details}, timestamp, requestId}}. */
  MockResponse error(int status, String code, String message, Instant now) {
    return Responses.json(status, envelope(code, message, now, Map.of()));
  }

  /** The documented 400 of a transfer the partner balance cannot cover, with its two extra members. */
  MockResponse insufficientBalance(BigDecimal partnerBalance, BigDecimal requested, Instant now) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("current_balance", money(partnerBalance));
    details.put("requested_amount", requested.doubleValue());
    Map<String, Object> body = envelope("INSUFFICIENT_BALANCE", "insufficient partner balance for this transfer", now,
        details);
    // The partner spec declares current_balance as a decimal string and requested_amount as a number.
    body.put("current_balance", money(partnerBalance));
    body.put("requested_amount", requested.doubleValue());
    return Responses.json(400, body);
  }

  private static Map<String, Object> envelope(String code, String message, Instant now, Map<String, Object> details) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    error.put("details", new LinkedHashMap<>(details));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "error");
    body.put("error", error);
    body.put("timestamp", timestamp(now));
    body.put("requestId", UUID.randomUUID().toString());
    return body;
  }

  // ---------------------------------------------------------------- partner

  Map<String, Object> partnerProfile(BigDecimal balance, int accountCount) {
    Map<String, Object> body = partner("PartnerProfile");
    body.put("auth_id", partnerAuthId);
    body.put("email", partnerEmail);
    body.put("name", "Sandbox Partner");
    body.put("slug", "sandbox-partner");
    body.put("company", "Sandbox Partner Pvt Ltd");
    body.put("is_active", true);
    body.put("is_verified", true);
    body.put("can_create_accounts", true);
    body.put("can_create_pricing_tiers", true);
    body.put("can_view_cdrs", true);
    body.put("can_transfer_balance", true);
    body.put("account_count", accountCount);
    body.put("balance", money(balance));
    body.put("currency", VobizState.CURRENCY);
    body.put("status", "active");
    return body;
  }

  Map<String, Object> customer(VobizState.Customer customer, boolean withToken) {
    Map<String, Object> body = partner("Customer");
    body.put("id", customer.id);
    body.put("auth_id", customer.authId);
    // Vobiz shows the token once, in the createCustomer answer; lists and reads carry it redacted.
    body.put("auth_token", withToken ? customer.authToken : null);
    body.put("name", customer.name);
    body.put("email", customer.email);
    body.put("phone", customer.phone);
    body.put("company", customer.company);
    body.put("country", customer.country);
    body.put("cash_credits", money(customer.balance));
    body.put("is_active", true);
    body.put("enabled", true);
    body.put("kyc_status", "pending");
    body.put("account_type", "standard");
    body.put("role", "customer");
    body.put("postpaid", false);
    body.put("created_at", timestamp(customer.createdAt));
    body.put("updated_at", timestamp(customer.createdAt));
    body.put("last_login", null);
    body.put("partner_id", partnerAuthId);
    body.put("resource_uri", VobizEmulator.PARTNER_BASE + "/accounts/" + customer.authId);
    return body;
  }

  Map<String, Object> createdCustomer(VobizState.Customer customer) {
    Map<String, Object> body = partner("CreatedCustomer");
    body.put("auth_id", customer.authId);
    body.put("auth_token", customer.authToken);
    body.put("name", customer.name);
    body.put("email", customer.email);
    body.put("status", "active");
    body.put("balance", money(customer.balance));
    body.put("currency", VobizState.CURRENCY);
    body.put("country", customer.country);
    body.put("created_at", timestamp(customer.createdAt));
    return body;
  }

  Map<String, Object> transfer(VobizState.Customer customer, BigDecimal amount, String description,
      VobizState.Transfer transfer, Instant now) {
    Map<String, Object> body = partner("BalanceTransfer");
    body.put("transaction_id", "txn_" + UUID.randomUUID().toString().replace("-", ""));
    body.put("from_account", partnerAuthId);
    body.put("to_account", customer.authId);
    body.put("customer_auth_id", customer.authId);
    body.put("amount", amount.doubleValue());
    body.put("currency", VobizState.CURRENCY);
    body.put("description", description);
    body.put("status", "completed");
    body.put("partner_balance_after", money(transfer.partnerBalance()));
    body.put("customer_balance_after", money(transfer.customerBalance()));
    body.put("timestamp", timestamp(now));
    body.put("created_at", timestamp(now));
    return body;
  }

  // ---------------------------------------------------------------- voice

  Map<String, Object> accountProfile(VobizState.Customer customer) {
    Map<String, Object> body = voice("AccountProfile");
    body.put("id", customer.id);
    body.put("api_id", UUID.randomUUID().toString());
    body.put("auth_id", customer.authId);
    // Vobiz really returns the account's own token here: /auth/me is how a console login recovers it.
    body.put("auth_secret", customer.authToken);
    body.put("name", customer.name);
    body.put("email", customer.email);
    body.put("phone", customer.phone);
    body.put("company", customer.company);
    body.put("country", customer.country);
    body.put("account_type", "standard");
    body.put("role", "customer");
    body.put("postpaid", false);
    body.put("enabled", true);
    body.put("is_active", true);
    body.put("created_at", timestamp(customer.createdAt));
    body.put("updated_at", timestamp(customer.createdAt));
    body.put("last_login", null);
    return body;
  }

  Map<String, Object> concurrency(VobizState.Customer customer, int live) {
    Map<String, Object> body = voice("Concurrency");
    int max = 10;
    body.put("account_id", customer.id);
    body.put("concurrent_calls", live);
    body.put("max_concurrent", max);
    body.put("utilization_pct", live * 100.0 / max);
    body.put("request_id", UUID.randomUUID().toString());
    return body;
  }

  Map<String, Object> balance(VobizState.Customer customer, BigDecimal balance, Instant now) {
    Map<String, Object> body = voice("Balance");
    body.put("id", customer.id);
    body.put("account_id", customer.id);
    body.put("currency", VobizState.CURRENCY);
    body.put("balance", money(balance));
    body.put("reserved_funds", money(BigDecimal.ZERO));
    body.put("promotional_balance", money(BigDecimal.ZERO));
    body.put("promotional_reserved_balance", money(BigDecimal.ZERO));
    body.put("available_balance", money(balance));
    body.put("credit_limit", money(BigDecimal.ZERO));
    body.put("is_postpaid", false);
    body.put("credit_limit_type", null);
    body.put("low_balance_threshold", null);
    body.put("status", "active");
    body.put("created_at", timestamp(customer.createdAt));
    body.put("updated_at", timestamp(now));
    return body;
  }

  Map<String, Object> callFired(VobizState.LiveCall call) {
    Map<String, Object> body = voice("MakeCallResponse");
    body.put("api_id", UUID.randomUUID().toString());
    body.put("message", "Call fired");
    body.put("request_uuid", call.uuid());
    return body;
  }

  Map<String, Object> callUuids(List<VobizState.LiveCall> calls) {
    Map<String, Object> body = voice("CallUuidList");
    body.put("api_id", UUID.randomUUID().toString());
    body.put("calls", calls.stream().map(VobizState.LiveCall::uuid).toList());
    return body;
  }

  Map<String, Object> liveCall(VobizState.LiveCall call) {
    Map<String, Object> body = voice("LiveCall");
    body.put("api_id", UUID.randomUUID().toString());
    body.put("call_uuid", call.uuid());
    body.put("request_uuid", call.uuid());
    body.put("call_status", "in-progress");
    body.put("direction", "outbound");
    body.put("from", call.from());
    body.put("to", call.to());
    body.put("caller_name", call.callerName());
    body.put("session_start", timestamp(call.start()));
    body.put("stir_attestation", null);
    body.put("stir_verification", null);
    return body;
  }

  // ---------------------------------------------------------------- CDRs (both specs)

  Map<String, Object> cdr(SpecApi spec, VobizState.Cdr cdr) {
    Map<String, Object> body = sample(spec, "Cdr");
    body.put("id", Long.toString(cdr.id()));
    body.put("uuid", cdr.uuid());
    body.put("account_id", cdr.authId());
    body.put("call_direction", "outbound");
    body.put("caller_id_name", cdr.callerName());
    body.put("caller_id_number", cdr.from());
    body.put("destination_number", cdr.to());
    body.put("context", "voice-api");
    body.put("duration", cdr.billsec());
    body.put("billsec", cdr.billsec());
    body.put("start_time", timestamp(cdr.start()));
    body.put("answer_time", timestamp(cdr.start()));
    body.put("progress_time", timestamp(cdr.start()));
    body.put("end_time", timestamp(cdr.end()));
    body.put("created_at", timestamp(cdr.end()));
    body.put("updated_at", timestamp(cdr.end()));
    body.put("cost", cdr.cost().doubleValue());
    body.put("total_cost", cdr.cost().doubleValue());
    body.put("streaming_cost", 0.0);
    body.put("currency", VobizState.CURRENCY);
    body.put("codec", "PCMU");
    body.put("hangup_cause", "NORMAL_CLEARING");
    body.put("hangup_cause_code", 16);
    body.put("hangup_cause_name", "Normal Clearing");
    body.put("hangup_disposition", "send_bye");
    body.put("hangup_source", "api");
    for (String unknown : CDR_UNKNOWN) {
      body.put(unknown, null);
    }
    return body;
  }

  Map<String, Object> cdrDetail(SpecApi spec, VobizState.Cdr cdr) {
    Map<String, Object> body = sample(spec, "CdrDetail");
    body.put("data", cdr(spec, cdr));
    body.put("success", true);
    return body;
  }

  /** A data/pagination page; {@code customer} is null for the partner-wide list. */
  Map<String, Object> cdrPage(SpecApi spec, String schema, VobizState.Customer customer, List<VobizState.Cdr> cdrs,
      Exchange exchange) {
    int page = VobizEmulator.intQuery(exchange, "page", 1);
    int perPage = VobizEmulator.intQuery(exchange, "per_page", 20);
    List<VobizState.Cdr> slice = slice(cdrs, page, perPage);
    int pages = (cdrs.size() + perPage - 1) / perPage;
    Map<String, Object> body = sample(spec, schema);
    body.put("success", true);
    if (customer == null) {
      body.remove("account_id");
      body.remove("account_auth_id");
    } else {
      body.put("account_id", customer.id);
      if (body.containsKey("account_auth_id")) {
        body.put("account_auth_id", customer.authId);
      }
    }
    body.put("count", slice.size());
    body.put("data", slice.stream().map(c -> cdr(spec, c)).toList());
    Map<String, Object> pagination = new LinkedHashMap<>();
    pagination.put("page", page);
    pagination.put("per_page", perPage);
    pagination.put("total", cdrs.size());
    pagination.put("pages", pages);
    pagination.put("has_next", page < pages);
    pagination.put("has_prev", page > 1);
    body.put("pagination", pagination);
    body.put("summary", summary(cdrs));
    if (body.containsKey("filters")) {
      Map<String, Object> filters = new LinkedHashMap<>();
      for (String name : List.of("call_direction", "from_number", "hangup_cause", "to_number")) {
        String value = exchange.query(name);
        filters.put(name, value == null ? "" : value); // Vobiz echoes unset filters as ""
      }
      body.put("filters", filters);
    }
    return body;
  }

  Map<String, Object> recentCdrs(VobizState.Customer customer, List<VobizState.Cdr> cdrs, int limit) {
    List<VobizState.Cdr> recent = cdrs.subList(0, Math.min(limit, cdrs.size()));
    Map<String, Object> body = voice("RecentCdrList");
    body.put("account_id", customer.id);
    body.put("count", recent.size());
    body.put("data", recent.stream().map(c -> cdr(voiceSpec, c)).toList());
    body.put("success", true);
    return body;
  }

  private static Map<String, Object> summary(List<VobizState.Cdr> cdrs) {
    long seconds = 0;
    BigDecimal cost = BigDecimal.ZERO;
    Instant last = null;
    for (VobizState.Cdr cdr : cdrs) {
      seconds += cdr.billsec();
      cost = cost.add(cdr.cost());
      last = last == null || cdr.end().isAfter(last) ? cdr.end() : last;
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("totalCalls", cdrs.size());
    summary.put("answeredCalls", cdrs.size());
    summary.put("answerRate", cdrs.isEmpty() ? 0.0 : 100.0);
    summary.put("avgCallDuration", (cdrs.isEmpty() ? 0 : seconds / cdrs.size()) + "s");
    summary.put("total_duration_seconds", seconds);
    summary.put("total_billable_seconds", seconds);
    summary.put("total_cost", cost.doubleValue());
    summary.put("last_call_at", last == null ? null : timestamp(last));
    return summary;
  }

  /** The CDR filters both specs share (the others are accepted and ignored: sandbox calls all look alike). */
  static List<VobizState.Cdr> filter(List<VobizState.Cdr> cdrs, Exchange exchange) {
    String from = exchange.query("from_number");
    String to = exchange.query("to_number");
    String direction = exchange.query("call_direction");
    String cause = exchange.query("hangup_cause");
    String status = exchange.query("status");
    String search = exchange.query("search");
    int minDuration = VobizEmulator.intQuery(exchange, "min_duration", 0);
    int maxDuration = VobizEmulator.intQuery(exchange, "max_duration", Integer.MAX_VALUE);
    LocalDate start = date(exchange.query("start_date"));
    LocalDate end = date(exchange.query("end_date"));
    List<VobizState.Cdr> found = new ArrayList<>();
    for (VobizState.Cdr cdr : cdrs) {
      LocalDate day = cdr.start().atOffset(ZoneOffset.UTC).toLocalDate();
      boolean keep = (from == null || cdr.from().contains(from))
          && (to == null || cdr.to().contains(to))
          && (direction == null || "outbound".equals(direction))
          && (cause == null || "NORMAL_CLEARING".equalsIgnoreCase(cause))
          && (status == null || "answered".equals(status))
          && (search == null || cdr.from().contains(search) || cdr.to().contains(search) || cdr.uuid().contains(search))
          && cdr.billsec() >= minDuration && cdr.billsec() <= maxDuration
          && (start == null || !day.isBefore(start))
          && (end == null || !day.isAfter(end));
      if (keep) {
        found.add(cdr);
      }
    }
    return found;
  }

  static String csv(List<VobizState.Cdr> cdrs) {
    StringBuilder out = new StringBuilder(
        "uuid,call_direction,caller_id_number,destination_number,start_time,end_time,duration,billsec,total_cost,"
            + "currency,hangup_cause\n");
    for (VobizState.Cdr cdr : cdrs) {
      out.append(cdr.uuid()).append(",outbound,").append(csvField(cdr.from())).append(',')
          .append(csvField(cdr.to())).append(',').append(timestamp(cdr.start())).append(',')
          .append(timestamp(cdr.end())).append(',').append(cdr.billsec()).append(',').append(cdr.billsec())
          .append(',').append(cdr.cost().toPlainString()).append(',').append(VobizState.CURRENCY)
          .append(",NORMAL_CLEARING\n");
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- helpers

  /** Money as Vobiz writes it in its decimal strings: five decimals ({@code "1300.00000"}). */
  static String money(BigDecimal value) {
    return value.setScale(5, RoundingMode.HALF_UP).toPlainString();
  }

  static <T> List<T> slice(List<T> all, int page, int size) {
    long from = (long) (page - 1) * size;
    if (from >= all.size()) {
      return List.of();
    }
    return all.subList((int) from, (int) Math.min(all.size(), from + size));
  }

  private Map<String, Object> partner(String component) {
    return sample(partnerSpec, component);
  }

  private Map<String, Object> voice(String component) {
    return sample(voiceSpec, component);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> sample(SpecApi spec, String component) {
    return (Map<String, Object>) copy(spec.samples().component(component));
  }

  /** A deep copy of a sample tree: a schema's {@code example} comes back as the parsed spec's own object. */
  @SuppressWarnings("unchecked")
  private static Object copy(Object value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) value).forEach((k, v) -> copy.put(k, copy(v)));
      return copy;
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object item : (List<Object>) value) {
        copy.add(copy(item));
      }
      return copy;
    }
    return value;
  }

  private static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static LocalDate date(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null; // the validator already refused a malformed date
    }
  }

  private static String csvField(String value) {
    return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
