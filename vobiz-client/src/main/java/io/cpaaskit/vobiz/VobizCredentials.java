package io.cpaaskit.vobiz;

import io.cpaaskit.auth.Secret;
import java.util.Objects;

/**
 * One Vobiz credential: a partner header pair, a partner header pair with a console login for the JWT, or a
 * customer's header pair.
 *
 * <p>Every kind carries the {@code X-Auth-ID}/{@code X-Auth-Token} pair, because the pair is what Vobiz wants on
 * server-to-server calls; the console login only adds a JWT for the few partner reads that accept one. Values are
 * checked here, so a slip fails at construction with a message naming the field and never echoing the value;
 * {@link #toString()} shows the auth_id and masks everything secret.
 *
 * <pre>{@code
 * VobizCredentials partner = VobizCredentials.partner("PA_XY123456", System.getenv("VOBIZ_PARTNER_TOKEN"));
 * VobizCredentials acme = VobizCredentials.customer("MA_ABCDEF1234", tokenFromYourVault);
 * }</pre>
 */
public final class VobizCredentials {
  /** What the credential may call. */
  enum Kind {
    PARTNER("partner"),
    PARTNER_LOGIN("partnerLogin"),
    CUSTOMER("customer");

    private final String factory;

    Kind(String factory) {
      this.factory = factory;
    }

    boolean partner() {
      return this != CUSTOMER;
    }
  }

  private final Kind kind;
  private final String authId;
  private final Secret authToken;
  private final String email;
  private final Secret password;

  private VobizCredentials(Kind kind, String authId, Secret authToken, String email, Secret password) {
    this.kind = kind;
    this.authId = authId;
    this.authToken = authToken;
    this.email = email;
    this.password = password;
  }

  /**
   * Creates partner (reseller) credentials for the partner API.
   *
   * @param authId the partner's auth_id, starting with {@code PA_}
   * @param authToken the partner's auth token
   * @return the credentials
   * @throws IllegalArgumentException if a value is null, blank, padded with whitespace or malformed (the message
   *     names the field, never the value)
   */
  public static VobizCredentials partner(String authId, String authToken) {
    return new VobizCredentials(Kind.PARTNER, partnerAuthId(authId), checkedToken(authToken), null, null);
  }

  /**
   * Creates partner credentials that also sign in to the partner console, so that the operations which accept a
   * partner JWT ({@code getPartnerProfile}, {@code getPartnerDashboard}, {@code getPartnerAnalytics}) are sent with
   * {@code Authorization: Bearer} and every other partner operation with the header pair.
   *
   * <p>The JWT comes from {@code POST /api/v1/partner/login} with the e-mail and password, is renewed before its hour
   * runs out, and is fetched again once when the server answers 401.
   *
   * @param authId the partner's auth_id, starting with {@code PA_}
   * @param authToken the partner's auth token
   * @param email the partner console e-mail address
   * @param password the partner console password
   * @return the credentials
   * @throws IllegalArgumentException if a value is null, blank, padded with whitespace or malformed (the message
   *     names the field, never the value)
   */
  public static VobizCredentials partnerLogin(String authId, String authToken, String email, String password) {
    return new VobizCredentials(
        Kind.PARTNER_LOGIN, partnerAuthId(authId), checkedToken(authToken), checkedEmail(email), Secret.of("password", password));
  }

  /**
   * Creates a customer's own credentials for the voice API: a main account ({@code MA_}) or a sub-account
   * ({@code SA_}). A partner cannot operate a customer's voice resources with its own pair; it keeps each customer's
   * pair (returned once by {@code createCustomer}) and uses it here.
   *
   * @param authId the customer's auth_id, starting with {@code MA_} or {@code SA_}
   * @param authToken the customer's auth token
   * @return the credentials
   * @throws IllegalArgumentException if a value is null, blank, padded with whitespace or malformed (the message
   *     names the field, never the value)
   */
  public static VobizCredentials customer(String authId, String authToken) {
    String id = headerValue("authId", authId);
    if (!hasPrefix(id, "MA_") && !hasPrefix(id, "SA_")) {
      throw new IllegalArgumentException(
          "authId must start with MA_ (main account) or SA_ (sub-account) followed by the id"
              + (hasPrefix(id, "PA_") ? "; a partner auth_id (PA_) belongs in VobizCredentials.partner(...)" : ""));
    }
    return new VobizCredentials(Kind.CUSTOMER, id, checkedToken(authToken), null, null);
  }

  /**
   * Returns the auth_id, the public half of the pair (sent as {@code X-Auth-ID}, and in the voice API's paths).
   *
   * @return the auth_id, e.g. {@code MA_ABCDEF1234}
   */
  public String authId() {
    return authId;
  }

  Kind kind() {
    return kind;
  }

  Secret authToken() {
    return authToken;
  }

  String email() {
    return email;
  }

  Secret password() {
    return password;
  }

  private static String partnerAuthId(String authId) {
    String id = headerValue("authId", authId);
    if (!hasPrefix(id, "PA_")) {
      throw new IllegalArgumentException(
          "authId must start with PA_ followed by the id"
              + (hasPrefix(id, "MA_") || hasPrefix(id, "SA_")
                  ? "; a customer auth_id (MA_/SA_) belongs in VobizCredentials.customer(...)"
                  : ""));
    }
    return id;
  }

  private static Secret checkedToken(String authToken) {
    Secret token = Secret.of("authToken", authToken);
    // OkHttp echoes a header value it refuses in its exception message; refuse it here, where the message is ours.
    headerValue("authToken", authToken);
    return token;
  }

  private static String checkedEmail(String email) {
    String checked = Secret.of("email", email).reveal();
    int at = checked.indexOf('@');
    boolean shaped = at > 0 && at == checked.lastIndexOf('@') && at < checked.length() - 1;
    if (!shaped || checked.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("email must be an e-mail address (name@domain, no spaces)");
    }
    return checked;
  }

  /** Checks a value that travels in a header: present, and printable ASCII without spaces. */
  private static String headerValue(String field, String value) {
    String checked = Secret.of(field, value).reveal();
    for (int i = 0; i < checked.length(); i++) {
      char c = checked.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw new IllegalArgumentException(
            field + " contains a character that cannot travel in an HTTP header (at index " + i + ")");
      }
    }
    return checked;
  }

  private static boolean hasPrefix(String id, String prefix) {
    return id.length() > prefix.length() && id.startsWith(prefix);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VobizCredentials)) {
      return false;
    }
    VobizCredentials other = (VobizCredentials) o;
    return kind == other.kind
        && authId.equals(other.authId)
        && authToken.equals(other.authToken)
        && Objects.equals(email, other.email)
        && Objects.equals(password, other.password);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, authId, authToken, email, password);
  }

  /**
   * Returns the kind and auth_id with the token masked (as {@code ***} and its fingerprint), the e-mail reduced to
   * its domain and the password as {@code ***}: a password fingerprint could be brute-forced, a token's cannot.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("VobizCredentials{").append(kind.factory)
        .append(", authId=").append(authId)
        .append(", authToken=").append(authToken);
    if (kind == Kind.PARTNER_LOGIN) {
      out.append(", email=***").append(email.substring(email.indexOf('@')))
          .append(", password=***");
    }
    return out.append('}').toString();
  }
}
