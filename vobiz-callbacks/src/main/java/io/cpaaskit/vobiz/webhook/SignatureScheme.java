package io.cpaaskit.vobiz.webhook;

import java.util.Optional;

/**
 * The signatures Vobiz puts on what it sends you, as {@link VobizSignatureVerifier} checks them.
 *
 * <table>
 *   <caption>Schemes</caption>
 *   <tr><th>Scheme</th><th>Header</th><th>Signed data</th><th>Key</th></tr>
 *   <tr><td>{@link #V3}</td><td>{@code X-Vobiz-Signature-V3}</td><td>base URL + "." + {@code X-Vobiz-Signature-V3-Nonce}</td>
 *       <td>the account's auth token</td></tr>
 *   <tr><td>{@link #V2}</td><td>{@code X-Vobiz-Signature-V2}</td><td>base URL + {@code X-Vobiz-Signature-V2-Nonce}</td>
 *       <td>the account's auth token</td></tr>
 *   <tr><td>{@link #MA_V3}</td><td>{@code X-Vobiz-Signature-MA-V3}</td><td>as V3</td><td>the parent (main)
 *       account's auth token; only on sub-account callbacks</td></tr>
 *   <tr><td>{@link #MA_V2}</td><td>{@code X-Vobiz-Signature-MA-V2}</td><td>as V2</td><td>the parent (main) account's
 *       auth token; only on sub-account callbacks</td></tr>
 *   <tr><td>{@link #KYC_SHA256}</td><td>{@code X-Vobiz-Signature: sha256=<hex>}</td><td>the raw request body</td>
 *       <td>the parent (main) account's auth token; sub-account KYC webhooks</td></tr>
 * </table>
 *
 * <p>Voice schemes are HMAC-SHA256, base64-encoded; the base URL is the callback URL without its query string.
 *
 * <p><b>Nonce of the MA variants.</b> Vobiz documents no nonce header of their own: its header table lists only
 * {@code X-Vobiz-Signature-V2-Nonce} and {@code -V3-Nonce} and says the MA algorithm is identical with only the key
 * differing (Plivo, whose scheme Vobiz copies, also sends one nonce for {@code X-Plivo-Signature-Ma-V3}). So an MA
 * signature is checked against {@code X-Vobiz-Signature-MA-V2-Nonce} / {@code -MA-V3-Nonce} when such a header is
 * present, and otherwise against the shared {@code -V2-Nonce} / {@code -V3-Nonce}; {@link #nonceHeader()} names the
 * documented one.
 *
 * <p>The legacy {@code X-Vobiz-Signature} of voice callbacks (HMAC-SHA1, kept by Vobiz for backwards compatibility)
 * shares its name with the KYC header and is not checked: Vobiz recommends V2 or V3.
 */
public enum SignatureScheme {
  /** {@code X-Vobiz-Signature-V3}: base64 HMAC-SHA256 of base URL + "." + nonce, keyed with the account's token. */
  V3("X-Vobiz-Signature-V3", "X-Vobiz-Signature-V3-Nonce", null, ".", false),
  /** {@code X-Vobiz-Signature-V2}: base64 HMAC-SHA256 of base URL + nonce, keyed with the account's token. */
  V2("X-Vobiz-Signature-V2", "X-Vobiz-Signature-V2-Nonce", null, "", false),
  /** {@code X-Vobiz-Signature-MA-V3}: as {@link #V3}, keyed with the parent account's token. */
  MA_V3("X-Vobiz-Signature-MA-V3", "X-Vobiz-Signature-V3-Nonce", "X-Vobiz-Signature-MA-V3-Nonce", ".", true),
  /** {@code X-Vobiz-Signature-MA-V2}: as {@link #V2}, keyed with the parent account's token. */
  MA_V2("X-Vobiz-Signature-MA-V2", "X-Vobiz-Signature-V2-Nonce", "X-Vobiz-Signature-MA-V2-Nonce", "", true),
  /** {@code X-Vobiz-Signature: sha256=<hex>}: HMAC-SHA256 of the raw body, keyed with the parent account's token. */
  KYC_SHA256("X-Vobiz-Signature", null, null, null, true);

  private final String signatureHeader;
  private final String nonceHeader;
  private final String ownNonceHeader;
  private final String separator;
  private final boolean parentToken;

  SignatureScheme(
      String signatureHeader, String nonceHeader, String ownNonceHeader, String separator, boolean parentToken) {
    this.signatureHeader = signatureHeader;
    this.nonceHeader = nonceHeader;
    this.ownNonceHeader = ownNonceHeader;
    this.separator = separator;
    this.parentToken = parentToken;
  }

  /**
   * Returns the header that carries the signature.
   *
   * @return the header name, as Vobiz spells it
   */
  public String signatureHeader() {
    return signatureHeader;
  }

  /**
   * Returns the documented header that carries the nonce.
   *
   * @return the header name, or empty for {@link #KYC_SHA256}, which signs the body instead
   */
  public Optional<String> nonceHeader() {
    return Optional.ofNullable(nonceHeader);
  }

  /**
   * Tells whether this signature is keyed with the parent (main) account's auth token.
   *
   * @return true for the MA variants and KYC webhooks
   */
  public boolean keyedWithParentToken() {
    return parentToken;
  }

  /** The MA-specific nonce header that is preferred when present (see the class comment), or null. */
  String ownNonceHeader() {
    return ownNonceHeader;
  }

  /** What joins the base URL and the nonce. */
  String separator() {
    return separator;
  }

  /** Tells whether this scheme signs the callback URL (all but KYC). */
  boolean signsUrl() {
    return nonceHeader != null;
  }
}
