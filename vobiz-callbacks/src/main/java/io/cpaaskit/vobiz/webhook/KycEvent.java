package io.cpaaskit.vobiz.webhook;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.vobiz.webhook.internal.Timestamps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A KYC webhook: the JSON Vobiz POSTs to a KYC session's {@code webhook_url} as the session progresses. Partner KYC
 * sessions send {@code kyc.completed}, {@code kyc.failed} and {@code kyc.session_revoked} (unsigned, so confirm the
 * outcome by reading the session back); sub-account KYC sessions also send {@code kyc.initiated},
 * {@code kyc.submitted} and {@code kyc.session_expired}, signed with {@code X-Vobiz-Signature: sha256=<hex>}
 * (verify it with {@link VobizSignatureVerifier#verifyKycWebhook} before parsing).
 *
 * <pre>{@code
 * verifier.verifyKycWebhook(request::getHeader, rawBody);   // sub-account KYC webhooks only
 * KycEvent event = KycEvent.parse(rawBody);
 * switch (event.type()) {
 *   case COMPLETED: activate(event.accountAuthId().orElseThrow()); break;
 *   case FAILED: notifyCustomer(event.reason().orElse("unknown")); break;
 *   default: break;                                          // UNRECOGNIZED included: new events must not break you
 * }
 * }</pre>
 *
 * <p><b>Shape.</b> Vobiz documents the event names, that {@code metadata} from the session is echoed back, and that
 * deliveries are retried (so handle each one idempotently), but shows no example body. This class therefore reads,
 * with {@link LenientJson}, the event name from {@code event} (or {@code event_type}, or a top-level {@code type}
 * starting with {@code kyc.}), and the session fields ({@code session_id}, {@code account_auth_id}, {@code status},
 * {@code kyc_type}, {@code flow_type}, {@code reason}/{@code failure_reason}, {@code metadata},
 * {@code verified_data}) from a {@code data} or {@code session} object when there is one, else from the top level.
 * A nested object's {@code id} is read as the session id (the KYC-session API names it so); a top-level {@code id}
 * next to such an object is read as the event id. Unknown members are ignored and unknown event names map to
 * {@link Type#UNRECOGNIZED}.
 *
 * <p>Instances are immutable.
 */
public final class KycEvent {
  private static final JsonAdapter<KycEventJson> ADAPTER = LenientJson.moshi().adapter(KycEventJson.class);

  private final String eventName;
  private final String eventId;
  private final String sessionId;
  private final String accountAuthId;
  private final String status;
  private final String kycType;
  private final String flowType;
  private final String reason;
  private final String occurredAt;
  private final Map<String, Object> metadata;
  private final KycVerifiedData verifiedData;

  private KycEvent(KycEventJson top) {
    KycEventJson nested = top.data != null ? top.data : top.session;
    KycEventJson detail = nested != null ? nested : top;
    this.eventName = firstOf(top.event, top.eventType, top.type != null && top.type.startsWith("kyc.") ? top.type : null,
        nested == null ? null : nested.event);
    this.eventId = firstOf(top.eventId, nested != null ? top.id : null);
    this.sessionId = firstOf(detail.sessionId, nested != null ? nested.id : null, top.sessionId,
        nested == null ? top.id : null);
    this.accountAuthId = firstOf(detail.accountAuthId, top.accountAuthId);
    this.status = firstOf(detail.status, top.status);
    this.kycType = firstOf(detail.kycType, top.kycType);
    this.flowType = firstOf(detail.flowType, top.flowType);
    this.reason = firstOf(detail.reason, detail.failureReason, top.reason, top.failureReason);
    this.occurredAt = firstOf(top.timestamp, top.occurredAt);
    Map<String, Object> rawMetadata = detail.metadata != null ? detail.metadata : top.metadata;
    this.metadata =
        rawMetadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rawMetadata));
    KycEventJson.VerifiedDataJson data = detail.verifiedData != null ? detail.verifiedData : top.verifiedData;
    this.verifiedData = data == null ? null : new KycVerifiedData(data);
  }

  /**
   * Parses a KYC webhook body.
   *
   * @param json the body
   * @return the event
   * @throws IllegalArgumentException if the body is not a JSON object or a known member has the wrong JSON type (the
   *     message carries the JSON path)
   */
  public static KycEvent parse(String json) {
    Objects.requireNonNull(json, "json == null");
    KycEventJson top;
    try {
      top = ADAPTER.fromJson(json);
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException("KYC webhook body is not the expected JSON object: " + e.getMessage(), e);
    }
    if (top == null) {
      throw new IllegalArgumentException("KYC webhook body is JSON null, not an object");
    }
    return new KycEvent(top);
  }

  /**
   * Parses a KYC webhook body from its bytes (UTF-8, as JSON is).
   *
   * @param json the body as received
   * @return the event
   * @throws IllegalArgumentException if the body is not a JSON object or a known member has the wrong JSON type
   */
  public static KycEvent parse(byte[] json) {
    Objects.requireNonNull(json, "json == null");
    return parse(new String(json, StandardCharsets.UTF_8));
  }

  /**
   * Returns the event type.
   *
   * @return the type; {@link Type#UNRECOGNIZED} for an event this version does not know, or none at all
   */
  public Type type() {
    return Type.fromWire(eventName);
  }

  /**
   * Returns the event name as sent, such as {@code kyc.completed}.
   *
   * @return the name, or empty
   */
  public Optional<String> eventName() {
    return Optional.ofNullable(eventName);
  }

  /**
   * Returns the delivery's identifier ({@code event_id}), useful to drop retried deliveries.
   *
   * @return the identifier, or empty
   */
  public Optional<String> eventId() {
    return Optional.ofNullable(eventId);
  }

  /**
   * Returns the KYC session's identifier.
   *
   * @return the identifier, or empty
   */
  public Optional<String> sessionId() {
    return Optional.ofNullable(sessionId);
  }

  /**
   * Returns the account being verified ({@code account_auth_id}): {@code MA_...} for a partner's customer,
   * {@code SA_...} for a sub-account.
   *
   * @return the auth_id, or empty
   */
  public Optional<String> accountAuthId() {
    return Optional.ofNullable(accountAuthId);
  }

  /**
   * Tells whether the account being verified is a sub-account.
   *
   * @return true when {@link #accountAuthId()} starts with {@code SA_}
   */
  public boolean isSubAccount() {
    return accountAuthId != null && accountAuthId.startsWith("SA_");
  }

  /**
   * Returns the session status ({@code status}), such as {@code kyc_completed} or {@code revoked}.
   *
   * @return the status, or empty
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Returns the KYC type ({@code kyc_type}): individual or company, known once the PAN is.
   *
   * @return the type, or empty
   */
  public Optional<String> kycType() {
    return Optional.ofNullable(kycType);
  }

  /**
   * Returns the session's flow ({@code flow_type}: {@code email} or {@code redirect}).
   *
   * @return the flow, or empty
   */
  public Optional<String> flowType() {
    return Optional.ofNullable(flowType);
  }

  /**
   * Returns why verification failed or the session was revoked ({@code reason} or {@code failure_reason}).
   *
   * @return the reason, or empty
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Returns when the event happened ({@code timestamp} or {@code occurred_at}); a value without an offset is read as
   * UTC, as everywhere in this SDK's JSON.
   *
   * @return the time, or empty when absent or not a timestamp
   */
  public Optional<OffsetDateTime> occurredAt() {
    return Timestamps.parse(occurredAt, ZoneOffset.UTC);
  }

  /**
   * Returns the {@code metadata} you gave when creating the session, echoed back.
   *
   * @return an unmodifiable map (JSON numbers are {@link Double}s, objects are maps), empty when none was sent
   */
  public Map<String, Object> metadata() {
    return metadata;
  }

  /**
   * Returns what the session verified ({@code verified_data}).
   *
   * @return the data, or empty
   */
  public Optional<KycVerifiedData> verifiedData() {
    return Optional.ofNullable(verifiedData);
  }

  @Override
  public String toString() {
    return "KycEvent{" + (eventName == null ? "-" : eventName) + ", session=" + (sessionId == null ? "-" : sessionId)
        + ", account=" + (accountAuthId == null ? "-" : accountAuthId) + "}";
  }

  private static String firstOf(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isEmpty()) {
        return candidate;
      }
    }
    return null;
  }

  /** The KYC webhook events Vobiz documents. */
  public enum Type {
    /** The session was created and its e-mail sent ({@code kyc.initiated}; sub-account KYC). */
    INITIATED("kyc.initiated"),
    /** The customer submitted their details ({@code kyc.submitted}; sub-account KYC). */
    SUBMITTED("kyc.submitted"),
    /** Verification passed ({@code kyc.completed}). */
    COMPLETED("kyc.completed"),
    /** Verification failed ({@code kyc.failed}). */
    FAILED("kyc.failed"),
    /** The link expired before completion ({@code kyc.session_expired}; sub-account KYC). */
    SESSION_EXPIRED("kyc.session_expired"),
    /** The session was revoked, also by creating a new one ({@code kyc.session_revoked}). */
    SESSION_REVOKED("kyc.session_revoked"),
    /** An event this version does not know, or none; read it with {@link KycEvent#eventName()}. */
    UNRECOGNIZED(null);

    private final String wireValue;

    Type(String wireValue) {
      this.wireValue = wireValue;
    }

    /**
     * Returns the event name as Vobiz sends it.
     *
     * @return for example {@code kyc.completed}; null for {@link #UNRECOGNIZED}
     */
    public String wireValue() {
      return wireValue;
    }

    static Type fromWire(String value) {
      if (value != null) {
        for (Type type : values()) {
          if (type.wireValue != null && type.wireValue.equalsIgnoreCase(value.trim())) {
            return type;
          }
        }
      }
      return UNRECOGNIZED;
    }
  }
}
