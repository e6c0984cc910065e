package io.cpaaskit.sandbox;

import io.cpaaskit.sandbox.internal.SpecApi;
import io.cpaaskit.sandbox.internal.vobiz.VobizEmulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An in-process Vobiz: the partner API ({@code /api/v1/partner}) and the customer voice API ({@code /api/v1}) on a
 * loopback port, validating every request against {@code specs/vobiz/partner.yaml} and {@code specs/vobiz/voice.yaml}.
 *
 * <p>It starts with one partner ({@link #partnerAuthId()} and friends, random per sandbox) and any customers the
 * builder seeds. State is kept: a customer created with {@code createCustomer} can be listed, paged, funded with
 * {@code transferBalance} and, with its own credentials, place a call with {@code makeCall} that stays live until
 * {@code hangupCall}, which writes its CDR. Credentials behave as Vobiz's do: the partner pair only on the partner API,
 * a customer pair only on the voice API and only for its own {@code auth_id}, the partner JWT from
 * {@code partnerLogin} (lifetime 3600 s unless {@link Builder#tokenLifetime} says otherwise) only where the spec
 * accepts it. Operations without state answer the spec's sample body.
 *
 * <pre>{@code
 * try (VobizSandbox vobiz = VobizSandbox.builder().customer("MA_ABCDEF1234", "customer-token").start()) {
 *   VobizClient client = VobizClient.builder()
 *       .baseUrl(vobiz.baseUrl())
 *       .credentials(VobizCredentials.partner(vobiz.partnerAuthId(), vobiz.partnerAuthToken()))
 *       .build();
 *   ...
 * }
 * }</pre>
 */
public final class VobizSandbox extends Sandbox {
  /** Vobiz's documented {@code expires_in} for the partner JWT. */
  static final Duration PARTNER_TOKEN_LIFETIME = Duration.ofSeconds(3600);

  private final VobizEmulator emulator;

  private VobizSandbox(SandboxServer server, VobizEmulator emulator) {
    super(server);
    this.emulator = emulator;
  }

  /**
   * Starts a sandbox with the defaults: a partner with 5000.00 INR, no customers, the system clock.
   *
   * @return the running sandbox
   */
  public static VobizSandbox start() {
    return builder().start();
  }

  /**
   * Starts configuring a sandbox.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The seeded partner's auth_id, for {@code VobizCredentials.partner(...)}.
   *
   * @return a {@code PA_…} id, random per sandbox
   */
  public String partnerAuthId() {
    return emulator.partnerAuthId();
  }

  /**
   * The seeded partner's auth token (the {@code X-Auth-Token} of the partner pair).
   *
   * @return the token, random per sandbox
   */
  public String partnerAuthToken() {
    return emulator.partnerAuthToken();
  }

  /**
   * The seeded partner's console e-mail, for {@code VobizCredentials.partnerLogin(...)}.
   *
   * @return the e-mail address
   */
  public String partnerEmail() {
    return emulator.partnerEmail();
  }

  /**
   * The seeded partner's console password, for {@code VobizCredentials.partnerLogin(...)}.
   *
   * @return the password, random per sandbox
   */
  public String partnerPassword() {
    return emulator.partnerPassword();
  }

  /**
   * The partner's current balance in INR (it falls with every {@code transferBalance}).
   *
   * @return the balance
   */
  public BigDecimal partnerBalance() {
    return emulator.partnerBalance();
  }

  /**
   * Invalidates, server-side, every partner JWT issued so far: the next request that carries one gets 401, as after
   * a password change. Header pairs keep working.
   */
  public void revokeTokens() {
    emulator.revokeTokens();
  }

  /** Shows the URL and the partner's auth_id, never a token or password. */
  @Override
  public String toString() {
    return "VobizSandbox{" + baseUrl() + ", partner=" + partnerAuthId() + "}";
  }

  /** Configures a {@link VobizSandbox}; every setter names its argument in the error it throws. */
  public static final class Builder extends Sandbox.Builder<Builder> {
    private static final Pattern CUSTOMER_ID = Pattern.compile("MA_[A-Za-z0-9]{1,40}");
    private static final Pattern HEADER_SAFE = Pattern.compile("[\\x21-\\x7e]+");

    private final Map<String, String> customers = new LinkedHashMap<>();
    private BigDecimal partnerBalance = new BigDecimal("5000.00");
    private BigDecimal customerBalance = new BigDecimal("1000.00");

    private Builder() {
      super(PARTNER_TOKEN_LIFETIME);
    }

    /**
     * Seeds an existing customer account with fixed credentials, so tests can use fixed ids (the voice operation
     * tables use {@code MA_ABCDEF1234}). A seeded customer starts with 1000.00 INR, so it can place calls at once;
     * a customer created through {@code createCustomer} starts with nothing, as on Vobiz.
     *
     * @param authId the customer's auth_id, {@code MA_} followed by letters and digits
     * @param authToken the customer's auth token, printable ASCII without spaces
     * @return this builder
     * @throws IllegalArgumentException if a value is malformed or the auth_id is seeded twice (the message never
     *     echoes the token)
     */
    public Builder customer(String authId, String authToken) {
      Objects.requireNonNull(authId, "authId == null");
      Objects.requireNonNull(authToken, "authToken == null");
      if (!CUSTOMER_ID.matcher(authId).matches()) {
        throw new IllegalArgumentException("authId must be MA_ followed by 1 to 40 letters or digits");
      }
      if (!HEADER_SAFE.matcher(authToken).matches()) {
        throw new IllegalArgumentException("authToken must be non-empty printable ASCII without spaces");
      }
      if (customers.containsKey(authId)) {
        throw new IllegalArgumentException("authId " + authId + " is already seeded");
      }
      customers.put(authId, authToken);
      return this;
    }

    /**
     * Sets the partner's opening balance (default 5000.00 INR), which {@code transferBalance} draws from.
     *
     * @param partnerBalance zero or more, in INR
     * @return this builder
     */
    public Builder partnerBalance(BigDecimal partnerBalance) {
      Objects.requireNonNull(partnerBalance, "partnerBalance == null");
      if (partnerBalance.signum() < 0) {
        throw new IllegalArgumentException("partnerBalance must not be negative, was " + partnerBalance);
      }
      this.partnerBalance = partnerBalance;
      return this;
    }

    /**
     * Starts the sandbox on a free loopback port.
     *
     * @return the running sandbox; close it to stop the server
     */
    public VobizSandbox start() {
      VobizEmulator emulator =
          new VobizEmulator(partnerBalance, tokenLifetime, new LinkedHashMap<>(customers), customerBalance, clock);
      // The partner spec first: its base path (/api/v1/partner) is the longer one and must win the routing.
      List<SpecApi> specs = List.of(SpecApi.load("vobiz/partner.yaml"), SpecApi.load("vobiz/voice.yaml"));
      return new VobizSandbox(startServer(specs, emulator, this), emulator);
    }
  }
}
