package io.cpaaskit.core.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 pieces vendor webhook verifiers share (Vobiz KYC and VoIPBIN both send
 * {@code sha256=<hex>} over the raw body). Comparisons are left to {@link java.security.MessageDigest#isEqual},
 * which takes the same time whatever bytes differ.
 */
public final class HmacSignatures {
  private HmacSignatures() {}

  /**
   * Computes HMAC-SHA256.
   *
   * @param key the shared secret, as the vendor documents it (UTF-8 text)
   * @param data the signed bytes
   * @return the 32-byte MAC
   */
  public static byte[] sha256(String key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is required on every JVM", e);
    }
  }

  /**
   * Decodes a {@code <prefix><hex>} signature value, e.g. {@code sha256=9f86d0…}; the prefix is matched ignoring case.
   *
   * @param value the header value (one signature)
   * @param prefix the prefix, e.g. {@code sha256=}
   * @return the signature bytes, or {@code null} if the value is not of that form
   */
  public static byte[] decodePrefixedHex(String value, String prefix) {
    if (value == null || value.length() <= prefix.length() || !value.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return null;
    }
    String hex = value.substring(prefix.length());
    if (hex.length() % 2 != 0) {
      return null;
    }
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      int high = Character.digit(hex.charAt(2 * i), 16);
      int low = Character.digit(hex.charAt(2 * i + 1), 16);
      if (high < 0 || low < 0) {
        return null;
      }
      bytes[i] = (byte) ((high << 4) | low);
    }
    return bytes;
  }
}
