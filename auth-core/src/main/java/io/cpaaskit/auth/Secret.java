package io.cpaaskit.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * A key, password, hash or token. {@link #toString()} prints {@code ***} and a fingerprint, never the value;
 * {@link #equals} compares in constant time.
 *
 * <p>Only the code that puts the value on the wire calls {@link #reveal()}.
 */
public final class Secret {
  private final String value;
  private final String fingerprint;

  private Secret(String value) {
    this.value = value;
    this.fingerprint = fingerprintOf(value);
  }

  /**
   * Wraps a secret value after checking it is present.
   *
   * @param field the name of the field, used in the error message (the value never is)
   * @param value the secret
   * @return the wrapped secret
   * @throws IllegalArgumentException if {@code value} is null, empty or only whitespace
   */
  public static Secret of(String field, String value) {
    Objects.requireNonNull(field, "field == null");
    if (value == null) {
      throw new IllegalArgumentException(field + " is null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " is blank");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(field + " has leading or trailing whitespace (a copy-paste slip?)");
    }
    return new Secret(value);
  }

  /**
   * Returns the value, for the code that sends it.
   *
   * @return the raw value
   */
  public String reveal() {
    return value;
  }

  /**
   * Returns the first 8 hex digits of the value's SHA-256: enough to tell two secrets apart in a log, useless for
   * recovering either.
   *
   * @return the fingerprint
   */
  public String fingerprint() {
    return fingerprint;
  }

  /**
   * Returns the fingerprint of any value, as {@link #fingerprint()} computes it.
   *
   * @param value the value
   * @return 8 hex digits
   */
  public static String fingerprintOf(String value) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(8);
      for (int i = 0; i < 4; i++) {
        hex.append(Character.forDigit((hash[i] >> 4) & 0xf, 16)).append(Character.forDigit(hash[i] & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("SHA-256 is required on every JVM", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), ((Secret) o).value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return fingerprint.hashCode();
  }

  @Override
  public String toString() {
    return "***" + fingerprint;
  }
}
