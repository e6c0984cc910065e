package io.cpaaskit.voipbin.webhook;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.cpaaskit.auth.Secret;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.core.webhook.HmacSignatures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies and reads the webhooks VoIPBIN posts to a customer's {@code webhook_uri}: JSON
 * {@code {"type": "call_hangup", "data": {…}}}, signed with {@code X-VoIPBIN-Signature: sha256=<hex>}, the HMAC-SHA256
 * of the raw body keyed with the customer's webhook secret (read it once with {@code CustomersApi.getCustomer}).
 *
 * <pre>{@code
 * VoipbinWebhooks webhooks = VoipbinWebhooks.create(webhookSecret);
 * VoipbinWebhooks.Event event = webhooks.verifyAndParse(request.getHeader(VoipbinWebhooks.SIGNATURE_HEADER), rawBody);
 * if (event.type().equals("call_hangup")) { String callId = (String) event.data().get("id"); }
 * }</pre>
 *
 * <p>Verify the raw bytes as received, before any parsing or re-encoding. A delivery VoIPBIN could not sign (its
 * secret failed to load) has no header and is refused: accept unsigned deliveries only by not calling this.
 */
public final class VoipbinWebhooks {
  /** The header VoIPBIN signs with. */
  public static final String SIGNATURE_HEADER = "X-VoIPBIN-Signature";

  private static final String PREFIX = "sha256=";
  private static final JsonAdapter<EventJson> EVENTS = LenientJson.moshi().adapter(EventJson.class);

  private final Secret secret;

  private VoipbinWebhooks(Secret secret) {
    this.secret = secret;
  }

  /**
   * Creates a verifier.
   *
   * @param webhookSecret the customer's {@code webhook_secret}
   * @return the verifier
   * @throws IllegalArgumentException if the secret is null or blank (the message never echoes it)
   */
  public static VoipbinWebhooks create(String webhookSecret) {
    return new VoipbinWebhooks(Secret.of("webhookSecret", webhookSecret));
  }

  /**
   * Checks the signature of a delivery, in constant time.
   *
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}, or {@code null} if absent
   * @param rawBody the body bytes exactly as received
   * @throws WebhookSignatureException naming what failed (missing, malformed, mismatch); never a secret or a MAC
   */
  public void verify(String signatureHeader, byte[] rawBody) {
    Objects.requireNonNull(rawBody, "rawBody == null");
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw new WebhookSignatureException("no " + SIGNATURE_HEADER + " header: the delivery is unsigned");
    }
    byte[] received = HmacSignatures.decodePrefixedHex(signatureHeader.trim(), PREFIX);
    if (received == null) {
      throw new WebhookSignatureException(SIGNATURE_HEADER + " is not sha256=<hex>");
    }
    if (!MessageDigest.isEqual(HmacSignatures.sha256(secret.reveal(), rawBody), received)) {
      throw new WebhookSignatureException(
          SIGNATURE_HEADER + " does not match the body (check the webhook secret and that the body is the raw bytes)");
    }
  }

  /**
   * Checks the signature, then reads the event.
   *
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}
   * @param rawBody the body bytes exactly as received
   * @return the event
   * @throws WebhookSignatureException if the signature does not hold
   * @throws IllegalArgumentException if the signed body is not a VoIPBIN event
   */
  public Event verifyAndParse(String signatureHeader, byte[] rawBody) {
    verify(signatureHeader, rawBody);
    return parse(rawBody);
  }

  /**
   * Reads an event without checking its signature (for tests and replays of deliveries verified before).
   *
   * @param rawBody the body bytes
   * @return the event
   * @throws IllegalArgumentException if the body is not a VoIPBIN event
   */
  public static Event parse(byte[] rawBody) {
    EventJson json;
    try {
      json = EVENTS.fromJson(new String(rawBody, StandardCharsets.UTF_8));
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException("the webhook body is not VoIPBIN event JSON: " + e.getMessage(), e);
    }
    if (json == null || json.type == null || json.type.isBlank()) {
      throw new IllegalArgumentException("the webhook body has no \"type\"");
    }
    // Not Map.copyOf: VoIPBIN sends null for every unset member, and a null value must read as null, not fail.
    return new Event(json.type,
        json.data == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(json.data)),
        json.timestamp);
  }

  @Override
  public String toString() {
    return "VoipbinWebhooks{secret=" + secret + "}";
  }

  /**
   * One delivery.
   *
   * @param type {@code <resource>_<event>}, e.g. {@code call_hangup}, {@code customer_updated}
   * @param data the resource in its webhook shape, as JSON values (numbers are {@code Double}); read it into a
   *     generated model with {@code LenientJson.moshi().adapter(CallLeg.class).fromJsonValue(event.data())}
   * @param timestamp the {@code timestamp} member when the delivery has one, as sent
   */
  public record Event(String type, Map<String, Object> data, String timestamp) {}

  /** The wire shape; members VoIPBIN adds later are ignored. */
  static final class EventJson {
    @Json(name = "type") String type;
    @Json(name = "data") Map<String, Object> data;
    @Json(name = "timestamp") String timestamp;
  }
}
