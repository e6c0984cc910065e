package io.cpaaskit.voipbin;

import io.cpaaskit.auth.Secret;
import java.util.Objects;

/**
 * The credential a {@link VoipbinClient} signs its requests with: an access key, an agent's username and password,
 * or the direct hash of an AI, AI team or webchat widget.
 *
 * <pre>{@code
 * VoipbinCredentials key = VoipbinCredentials.accessKey(System.getenv("VOIPBIN_ACCESS_KEY"));
 * VoipbinCredentials agent = VoipbinCredentials.password("alice@example.com", System.getenv("VOIPBIN_PASSWORD"));
 * VoipbinCredentials widget = VoipbinCredentials.directHash(directHashOfTheWidget);
 * }</pre>
 *
 * <p>Values are checked when created; a null, blank or malformed value fails with an
 * {@link IllegalArgumentException} that names the argument and never repeats the value. {@link #toString()} masks
 * every secret (only the username is shown).
 */
public final class VoipbinCredentials {
  /** Which of the three kinds this is. */
  enum Kind {
    ACCESS_KEY,
    PASSWORD,
    DIRECT_HASH
  }

  private static final String ACCESS_KEY_PREFIX = "vb_";
  private static final String DIRECT_HASH_PREFIX = "direct.";

  private final Kind kind;
  private final String username;
  private final Secret secret;

  private VoipbinCredentials(Kind kind, String username, Secret secret) {
    this.kind = kind;
    this.username = username;
    this.secret = secret;
  }

  /**
   * Returns an access key credential, sent as the {@code ?accesskey=} query parameter (VoIPBIN reads access keys
   * nowhere else). It acts with customer-admin rights and never expires during the client's life, but
   * {@code GET /v1.0/me} refuses it.
   *
   * @param accessKey the key, {@code vb_…}, as {@code POST /v1.0/accesskeys} or the signup returned it
   * @return the credential
   * @throws IllegalArgumentException if the key is null, blank, or does not start with {@code vb_}
   */
  public static VoipbinCredentials accessKey(String accessKey) {
    Secret key = Secret.of("accessKey", accessKey);
    if (!accessKey.startsWith(ACCESS_KEY_PREFIX) || accessKey.length() == ACCESS_KEY_PREFIX.length()) {
      throw new IllegalArgumentException(
          "accessKey must start with \"" + ACCESS_KEY_PREFIX + "\" followed by the key"
              + hintFor(accessKey, "accessKey"));
    }
    return new VoipbinCredentials(Kind.ACCESS_KEY, null, key);
  }

  /**
   * Returns an agent login: {@code POST /auth/login} exchanges it for a JWT valid for seven days, sent as
   * {@code Authorization: Bearer}; the client logs in again before the JWT expires and after a 401.
   *
   * @param username the agent's username (for a self-signed-up customer's admin, the customer's e-mail address)
   * @param password the agent's password
   * @return the credential
   * @throws IllegalArgumentException if either value is null, blank, or has leading or trailing whitespace
   */
  public static VoipbinCredentials password(String username, String password) {
    // Secret.of only validates here: the username is not secret, but the same checks and messages apply.
    Secret.of("username", username);
    return new VoipbinCredentials(Kind.PASSWORD, username, Secret.of("password", password));
  }

  /**
   * Returns a direct hash, exchanged by {@code POST /auth/boot} for a token of about four hours that reaches only
   * that resource's AI-call or webchat endpoints, sent as the {@code ?token=} query parameter.
   *
   * <p>The exchange is treated as one-time: if it times out or meets a server error after the hash may have reached
   * the server, the client fails with {@link io.cpaaskit.auth.AmbiguousCredentialMintException} and never sends the
   * hash again; only a connect failure (nothing sent) is retried.
   *
   * @param directHash the resource's {@code direct_hash}, {@code direct.…}
   * @return the credential
   * @throws IllegalArgumentException if the hash is null, blank, or does not start with {@code direct.}
   */
  public static VoipbinCredentials directHash(String directHash) {
    Secret hash = Secret.of("directHash", directHash);
    if (!directHash.startsWith(DIRECT_HASH_PREFIX) || directHash.length() == DIRECT_HASH_PREFIX.length()) {
      throw new IllegalArgumentException(
          "directHash must start with \"" + DIRECT_HASH_PREFIX + "\" followed by the hash"
              + hintFor(directHash, "directHash"));
    }
    return new VoipbinCredentials(Kind.DIRECT_HASH, null, hash);
  }

  /** Names what a misplaced value looks like, without repeating any of it. */
  private static String hintFor(String value, String field) {
    if (!field.equals("directHash") && value.startsWith(DIRECT_HASH_PREFIX)) {
      return " (the value looks like a direct hash: use VoipbinCredentials.directHash)";
    }
    if (!field.equals("accessKey") && value.startsWith(ACCESS_KEY_PREFIX)) {
      return " (the value looks like an access key: use VoipbinCredentials.accessKey)";
    }
    if (value.startsWith("eyJ")) {
      return " (the value looks like a JWT: log in with VoipbinCredentials.password instead)";
    }
    return "";
  }

  Kind kind() {
    return kind;
  }

  /** Returns the username of a password login, {@code null} for the other kinds. */
  String username() {
    return username;
  }

  Secret secret() {
    return secret;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VoipbinCredentials)) {
      return false;
    }
    VoipbinCredentials other = (VoipbinCredentials) o;
    return kind == other.kind && Objects.equals(username, other.username) && secret.equals(other.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, username, secret);
  }

  @Override
  public String toString() {
    switch (kind) {
      case ACCESS_KEY:
        return "VoipbinCredentials{accessKey=" + secret + "}";
      case PASSWORD:
        // No fingerprint for a password: 32 bits of its hash would help a dictionary attack.
        return "VoipbinCredentials{username=" + username + ", password=***}";
      case DIRECT_HASH:
        return "VoipbinCredentials{directHash=" + secret + "}";
      default:
        throw new AssertionError(kind);
    }
  }
}
