package io.cpaaskit.sandbox;

import io.cpaaskit.sandbox.internal.SpecApi;
import io.cpaaskit.sandbox.internal.voipbin.VoipbinEmulator;
import java.time.Duration;
import java.util.List;

/**
 * A VoIPBIN emulator on a loopback port, for {@code VoipbinClient} tests and demos. It behaves like VoIPBIN's server
 * where a client can tell: {@code POST /auth/login} issues HS256 JWTs with VoIPBIN's {@code expire} claim (no
 * {@code exp}), {@code /auth/*} refuses with a bare 400, access keys travel only as {@code ?accesskey=}, errors under
 * {@code /v1.0} use the {@code {"error":{status, reason, message, request_id}}} envelope, and lists page with
 * {@code page_size}/{@code page_token}. Resources (calls, flows, access keys, AIs, …) are kept per customer.
 *
 * <pre>{@code
 * try (VoipbinSandbox sandbox = VoipbinSandbox.start()) {
 *   VoipbinClient voipbin = VoipbinClient.builder()
 *       .baseUrl(sandbox.baseUrl())
 *       .credentials(VoipbinCredentials.password(sandbox.username(), sandbox.password()))
 *       .build();
 *   CallList calls = VoipbinErrors.execute(voipbin.create(CallsApi.class).listCalls(50, null));
 * }
 * }</pre>
 *
 * <p>The sandbox starts with one active customer, an admin agent who can log in ({@link #username()},
 * {@link #password()}) and an access key ({@link #accessKey()}), all random per sandbox. A direct hash for
 * {@code POST /auth/boot} comes from creating an AI ({@code AisApi.createAi}): boot accepts the hashes of AIs, as
 * VoIPBIN accepts only AI, AI-team and webchat-widget hashes (flow hashes are refused with the bare 400).
 */
public final class VoipbinSandbox extends Sandbox {
  private final VoipbinEmulator emulator;

  private VoipbinSandbox(SandboxServer server, VoipbinEmulator emulator) {
    super(server);
    this.emulator = emulator;
  }

  /**
   * Starts a sandbox with the defaults: the system clock, 7-day login tokens, answers checked against the spec.
   *
   * @return the running sandbox; close it to stop the server
   */
  public static VoipbinSandbox start() {
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
   * The username of the seeded admin agent, for {@code VoipbinCredentials.password(...)}.
   *
   * @return the username (an e-mail address)
   */
  public String username() {
    return emulator.seedUsername();
  }

  /**
   * The password of the seeded admin agent.
   *
   * @return the password
   */
  public String password() {
    return emulator.seedPassword();
  }

  /**
   * An access key of the seeded customer, for {@code VoipbinCredentials.accessKey(...)}.
   *
   * @return the key, {@code vb_…}
   */
  public String accessKey() {
    return emulator.seedAccessKey();
  }

  /**
   * Invalidates every JWT the sandbox has issued so far (login and boot tokens): the next request with one gets 401
   * {@code INVALID_CREDENTIALS}, as after a server-side revocation, and a token client logs in again once. Access keys
   * keep working.
   */
  public void revokeTokens() {
    emulator.revokeTokens();
  }

  /** Names the sandbox and its seeded username; never the password or the access key. */
  @Override
  public String toString() {
    return "VoipbinSandbox{baseUrl=" + baseUrl() + ", username=" + username() + "}";
  }

  /** Configures a {@link VoipbinSandbox}; the default token lifetime is VoIPBIN's 7 days. */
  public static final class Builder extends Sandbox.Builder<Builder> {
    private Builder() {
      super(VoipbinEmulator.LOGIN_LIFETIME);
    }

    /**
     * Starts the sandbox. Boot tokens live the shorter of the token lifetime and VoIPBIN's four hours.
     *
     * @return the running sandbox
     */
    public VoipbinSandbox start() {
      SpecApi spec = SpecApi.load("voipbin.yaml");
      VoipbinEmulator emulator = new VoipbinEmulator(spec, clock, tokenLifetime);
      return new VoipbinSandbox(startServer(List.of(spec), emulator, this), emulator);
    }
  }
}
