package io.cpaaskit.sandbox.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HS256 JSON Web Tokens signed with a per-sandbox random key: the sandbox issues real, verifiable tokens whose
 * claims the clients decode exactly as they decode the vendors' own.
 */
public final class HmacJwt {
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();
  private static final JsonAdapter<Map<String, Object>> CLAIMS =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private static final String HEADER = URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

  private final byte[] key;

  private HmacJwt(byte[] key) {
    this.key = key;
  }

  /** A signer with a fresh random 256-bit key. */
  public static HmacJwt withRandomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new HmacJwt(key);
  }

  /**
   * Signs the claims.
   *
   * @param claims the payload, serialised in iteration order
   * @return the compact token {@code header.payload.signature}
   */
  public String sign(Map<String, ?> claims) {
    String payload = URL.encodeToString(CLAIMS.toJson(new LinkedHashMap<>(claims)).getBytes(StandardCharsets.UTF_8));
    String signingInput = HEADER + "." + payload;
    return signingInput + "." + URL.encodeToString(mac(signingInput));
  }

  /**
   * Verifies the signature and returns the claims; the caller checks expiry, whose claim differs per vendor.
   *
   * @param token a compact token, possibly forged or malformed
   * @return the claims, or {@code null} if the token is malformed or its signature is not ours
   */
  public Map<String, Object> verify(String token) {
    if (token == null) {
      return null;
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || !HEADER.equals(parts[0])) {
      return null;
    }
    byte[] expected = mac(parts[0] + "." + parts[1]);
    byte[] actual;
    try {
      actual = URL_DECODER.decode(parts[2]);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (!MessageDigest.isEqual(expected, actual)) {
      return null;
    }
    try {
      return CLAIMS.fromJson(new String(URL_DECODER.decode(parts[1]), StandardCharsets.UTF_8));
    } catch (Exception e) {
      return null;
    }
  }

  private byte[] mac(String input) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
