package io.cpaaskit.vobiz.webhook;

import io.cpaaskit.core.webhook.HmacSignatures;
import io.cpaaskit.auth.Secret;
import io.cpaaskit.vobiz.webhook.WebhookSignatureException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks that a request really comes from Vobiz: the {@code X-Vobiz-Signature-V2}/{@code -V3} signatures (and their
 * {@code -MA-} variants) on voice callbacks, and {@code X-Vobiz-Signature: sha256=<hex>} on sub-account KYC webhooks.
 * Uses only the JDK; comparisons are constant-time ({@link MessageDigest#isEqual}).
 *
 * <pre>{@code
 * VobizSignatureVerifier verifier =
 *     VobizSignatureVerifier.create(Secret.of("authToken", System.getenv("VOBIZ_AUTH_TOKEN")));
 *
 * // in the handler of https://example.com/vobiz/answer
 * try {
 *   verifier.verifyCallback("https://example.com/vobiz/answer", request::getHeader);
 * } catch (WebhookSignatureException e) {
 *   response.sendError(403);    // e.getMessage() names the header and the problem, never a secret
 *   return;
 * }
 * VoiceCallback callback = VoiceCallback.parse(rawBody);
 * }</pre>
 *
 * <p><b>Which token.</b> Build the verifier with the auth token of the account whose callbacks you receive. A
 * sub-account's callbacks carry V2/V3 signed with the sub-account's token and MA-V2/MA-V3 signed with its parent's
 * token, so either token verifies them; the scheme that matched is returned, and {@link #withCallbackSchemes} can
 * narrow what is accepted (say, only {@link SignatureScheme#MA_V3} on an endpoint that only serves sub-accounts).
 * KYC webhooks about a sub-account are signed with the parent (main) account's token.
 *
 * <p><b>What a callback signature covers.</b> V2 and V3 sign the callback URL (without its query string) and a
 * random nonce, not the body: they prove the request was made by Vobiz for that URL, but someone who captured a
 * signed request could replay its headers with another body. Serve callbacks over HTTPS only, and if that matters to
 * you, remember the nonces you accepted for a few minutes and refuse a repeat. The KYC signature covers the raw body,
 * so pass the bytes exactly as received, before any parsing.
 *
 * <p><b>Several values.</b> A signature header may carry several comma-separated signatures (as Plivo, whose scheme
 * Vobiz copies, allows during key rotation); the request is accepted when one of them matches. Repeated header lines
 * count as a comma-separated list too.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class VobizSignatureVerifier {
  private static final Set<SignatureScheme> CALLBACK_SCHEMES =
      Collections.unmodifiableSet(
          EnumSet.of(SignatureScheme.V3, SignatureScheme.V2, SignatureScheme.MA_V3, SignatureScheme.MA_V2));
  private static final String KYC_PREFIX = "sha256=";

  private final Secret authToken;
  private final Set<SignatureScheme> callbackSchemes;

  private VobizSignatureVerifier(Secret authToken, Set<SignatureScheme> callbackSchemes) {
    this.authToken = authToken;
    this.callbackSchemes = callbackSchemes;
  }

  /**
   * Creates a verifier that accepts every voice callback scheme (V3, V2, MA-V3, MA-V2) and KYC webhooks.
   *
   * @param authToken the auth token that signs what you receive (see the class comment on which token)
   * @return the verifier
   */
  public static VobizSignatureVerifier create(Secret authToken) {
    return new VobizSignatureVerifier(Objects.requireNonNull(authToken, "authToken == null"), CALLBACK_SCHEMES);
  }

  /**
   * Creates a verifier from the token's text; see {@link #create(Secret)}.
   *
   * @param authToken the auth token
   * @return the verifier
   * @throws IllegalArgumentException if the token is null, blank or padded with whitespace (the message names
   *     {@code authToken}, never the value)
   */
  public static VobizSignatureVerifier create(String authToken) {
    return create(Secret.of("authToken", authToken));
  }

  /**
   * Returns a copy that accepts only the given voice callback schemes.
   *
   * @param schemes one or more of V3, V2, MA_V3 and MA_V2
   * @return the copy
   * @throws IllegalArgumentException if {@code schemes} is empty or names {@link SignatureScheme#KYC_SHA256}
   */
  public VobizSignatureVerifier withCallbackSchemes(SignatureScheme... schemes) {
    Objects.requireNonNull(schemes, "schemes == null");
    if (schemes.length == 0) {
      throw new IllegalArgumentException("schemes is empty; name at least one of V3, V2, MA_V3, MA_V2");
    }
    EnumSet<SignatureScheme> chosen = EnumSet.noneOf(SignatureScheme.class);
    for (SignatureScheme scheme : schemes) {
      Objects.requireNonNull(scheme, "schemes contains null");
      if (!scheme.signsUrl()) {
        throw new IllegalArgumentException(
            "schemes may only name voice callback schemes; KYC webhooks are checked by verifyKycWebhook");
      }
      chosen.add(scheme);
    }
    return new VobizSignatureVerifier(authToken, Collections.unmodifiableSet(chosen));
  }

  /**
   * Verifies a voice callback (answer, hangup, ring or action URL) from its headers given as a map, as most
   * frameworks expose them. Header names are matched case-insensitively.
   *
   * @param callbackUrl the URL Vobiz called, exactly as configured at Vobiz (scheme, host, port, path); its query
   *     string, if any, is ignored, as Vobiz signs the URL without it
   * @param headers the request headers
   * @return the scheme whose signature matched (V3 is tried first, then V2, MA-V3, MA-V2)
   * @throws WebhookSignatureException if no accepted signature header is present, one lacks its nonce or is not
   *     base64, or none matches
   * @throws IllegalArgumentException if {@code callbackUrl} is not an absolute http(s) URL
   */
  public SignatureScheme verifyCallback(String callbackUrl, Map<String, ? extends Collection<String>> headers) {
    return verifyCallback(callbackUrl, lookup(headers));
  }

  /**
   * Verifies a voice callback from a header lookup such as a servlet's {@code request::getHeader}. The lookup is
   * called with the header names as Vobiz spells them and should match case-insensitively; it returns null for an
   * absent header.
   *
   * @param callbackUrl the URL Vobiz called, exactly as configured at Vobiz; its query string is ignored
   * @param header returns a header's value, or null
   * @return the scheme whose signature matched
   * @throws WebhookSignatureException if no accepted signature header is present, one lacks its nonce or is not
   *     base64, or none matches
   * @throws IllegalArgumentException if {@code callbackUrl} is not an absolute http(s) URL
   */
  public SignatureScheme verifyCallback(String callbackUrl, Function<String, String> header) {
    String baseUrl = baseUrl(callbackUrl);
    Objects.requireNonNull(header, "header == null");
    List<WebhookSignatureException> failures = new ArrayList<>();
    boolean anyPresent = false;
    for (SignatureScheme scheme : callbackSchemes) {
      String signatures = header.apply(scheme.signatureHeader());
      if (signatures == null) {
        continue;
      }
      anyPresent = true;
      String nonceHeader = scheme.ownNonceHeader() != null && header.apply(scheme.ownNonceHeader()) != null
          ? scheme.ownNonceHeader()
          : scheme.nonceHeader().orElseThrow();
      String nonce = header.apply(nonceHeader);
      if (nonce == null || nonce.isBlank()) {
        failures.add(failure(Reason.MISSING_HEADER, nonceHeader,
            scheme.signatureHeader() + " is present but " + nonceHeader + " is missing or empty"));
        continue;
      }
      nonce = nonce.trim();
      if (nonce.indexOf(',') >= 0) {
        failures.add(failure(Reason.BAD_ENCODING, nonceHeader,
            nonceHeader + " carries several values; a signature has exactly one nonce"));
        continue;
      }
      byte[] expected = hmac((baseUrl + scheme.separator() + nonce).getBytes(StandardCharsets.UTF_8));
      WebhookSignatureException failure = match(scheme.signatureHeader(), signatures, expected, false);
      if (failure == null) {
        return scheme;
      }
      failures.add(failure);
    }
    if (!anyPresent) {
      List<String> names = new ArrayList<>();
      for (SignatureScheme scheme : callbackSchemes) {
        names.add(scheme.signatureHeader());
      }
      throw failure(Reason.MISSING_HEADER, names.get(0),
          "no Vobiz signature header; looked for " + String.join(", ", names));
    }
    throw worst(failures);
  }

  /**
   * Verifies a sub-account KYC webhook ({@code X-Vobiz-Signature: sha256=<hex>} over the raw body) from its headers
   * given as a map; header names are matched case-insensitively.
   *
   * @param headers the request headers
   * @param rawBody the body exactly as received, before any JSON parsing
   * @return {@link SignatureScheme#KYC_SHA256}
   * @throws WebhookSignatureException if the header is missing, is not {@code sha256=} followed by hex, or does not
   *     match the body
   */
  public SignatureScheme verifyKycWebhook(Map<String, ? extends Collection<String>> headers, byte[] rawBody) {
    return verifyKycWebhook(lookup(headers), rawBody);
  }

  /**
   * Verifies a sub-account KYC webhook from a header lookup such as a servlet's {@code request::getHeader}.
   *
   * @param header returns a header's value, or null
   * @param rawBody the body exactly as received, before any JSON parsing
   * @return {@link SignatureScheme#KYC_SHA256}
   * @throws WebhookSignatureException if the header is missing, is not {@code sha256=} followed by hex, or does not
   *     match the body
   */
  public SignatureScheme verifyKycWebhook(Function<String, String> header, byte[] rawBody) {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(rawBody, "rawBody == null");
    String name = SignatureScheme.KYC_SHA256.signatureHeader();
    String signatures = header.apply(name);
    if (signatures == null || signatures.isBlank()) {
      throw failure(Reason.MISSING_HEADER, name, "no " + name + " header");
    }
    WebhookSignatureException failure = match(name, signatures, hmac(rawBody), true);
    if (failure != null) {
      throw failure;
    }
    return SignatureScheme.KYC_SHA256;
  }

  /**
   * Returns the base URL Vobiz signs: the URL up to, not including, its query string (and fragment).
   *
   * @param callbackUrl the callback URL
   * @return the base URL
   * @throws IllegalArgumentException if the URL is not an absolute http(s) URL
   */
  static String baseUrl(String callbackUrl) {
    Objects.requireNonNull(callbackUrl, "callbackUrl == null");
    String lower = callbackUrl.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
      throw new IllegalArgumentException(
          "callbackUrl must be the absolute http(s) URL configured at Vobiz (the one it signs), not a path");
    }
    int end = callbackUrl.length();
    int query = callbackUrl.indexOf('?');
    if (query >= 0) {
      end = query;
    }
    int fragment = callbackUrl.indexOf('#');
    if (fragment >= 0 && fragment < end) {
      end = fragment;
    }
    return callbackUrl.substring(0, end);
  }

  /** Compares each comma-separated candidate with {@code expected}; returns null on a match. */
  private static WebhookSignatureException match(
      String headerName, String signatures, byte[] expected, boolean hex) {
    boolean anyWellFormed = false;
    for (String candidate : signatures.split(",", -1)) {
      byte[] received = hex ? decodeKyc(candidate.trim()) : decodeBase64(candidate.trim());
      if (received == null) {
        continue;
      }
      anyWellFormed = true;
      if (MessageDigest.isEqual(expected, received)) {
        return null;
      }
    }
    if (!anyWellFormed) {
      return failure(Reason.BAD_ENCODING, headerName, hex
          ? headerName + " is not sha256=<hex> (a legacy base64 SHA-1 value is sent on voice callbacks, not KYC"
              + " webhooks)"
          : headerName + " is not base64");
    }
    return failure(Reason.MISMATCH, headerName, headerName + " does not match"
        + (hex ? " the body (check the token is the parent account's and the body is the raw bytes)"
            : " the URL and nonce (check the token and that the URL is the one configured at Vobiz)"));
  }

  private static byte[] decodeBase64(String value) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] decodeKyc(String value) {
    return HmacSignatures.decodePrefixedHex(value, KYC_PREFIX);
  }

  private byte[] hmac(byte[] data) {
    return HmacSignatures.sha256(authToken.reveal(), data);
  }

  private static WebhookSignatureException worst(List<WebhookSignatureException> failures) {
    WebhookSignatureException worst = failures.get(0);
    for (WebhookSignatureException failure : failures) {
      if (failure.reason().ordinal() > worst.reason().ordinal()) {
        worst = failure;
      }
    }
    if (failures.size() == 1) {
      return worst;
    }
    List<String> messages = new ArrayList<>();
    for (WebhookSignatureException failure : failures) {
      messages.add(failure.getMessage());
    }
    return failure(worst.reason(), worst.header(), "no Vobiz signature matched: " + String.join("; ", messages));
  }

  private static WebhookSignatureException failure(Reason reason, String header, String message) {
    return new WebhookSignatureException(reason, header, message);
  }

  private static Function<String, String> lookup(Map<String, ? extends Collection<String>> headers) {
    Objects.requireNonNull(headers, "headers == null");
    // Repeated header lines mean the same as one comma-separated line (RFC 9110 section 5.3).
    Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, ? extends Collection<String>> entry : headers.entrySet()) {
      if (entry.getKey() == null || entry.getValue() == null) {
        continue;
      }
      for (String value : entry.getValue()) {
        if (value != null) {
          byName.merge(entry.getKey(), value, (first, next) -> first + "," + next);
        }
      }
    }
    return byName::get;
  }

  @Override
  public String toString() {
    return "VobizSignatureVerifier{authToken=" + authToken + ", callbackSchemes=" + callbackSchemes + "}";
  }
}
