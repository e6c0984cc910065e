package io.cpaaskit.vobiz.webhook;

import java.util.Objects;

/**
 * A request that does not carry a valid Vobiz signature: answer it with 401 or 403 and do not act on it.
 *
 * <p>The message says which header failed and how (missing, badly encoded, not matching). It never contains the
 * auth token, the signature we computed, or the signature we received.
 */
public final class WebhookSignatureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Reason {
    /** No signature header we can check, or a signature without its nonce header. */
    MISSING_HEADER,
    /** A header that is not base64 (voice), not {@code sha256=<hex>} (KYC), or holds several nonces. */
    BAD_ENCODING,
    /** A well-formed signature that does not match: wrong token, wrong URL, altered body, or a forgery. */
    MISMATCH
  }

  /** What went wrong. */
  private final Reason reason;
  /** The header the failure is about. */
  private final String header;

  WebhookSignatureException(Reason reason, String header, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason == null");
    this.header = Objects.requireNonNull(header, "header == null");
  }

  /**
   * Returns what went wrong. When several signatures failed, the most telling reason wins: a mismatch over a bad
   * encoding over a missing header.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the header the failure is about (for a missing signature, the first one looked for).
   *
   * @return a header name, as Vobiz spells it
   */
  public String header() {
    return header;
  }
}
