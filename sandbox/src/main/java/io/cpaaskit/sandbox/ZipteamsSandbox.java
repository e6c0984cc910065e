package io.cpaaskit.sandbox;

import io.cpaaskit.sandbox.internal.SpecApi;
import io.cpaaskit.sandbox.internal.zipteams.ZipteamsEmulator;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An in-process Zipteams on a loopback port: the Partner API (dashboard tokens, batch call ingestion, dispositions)
 * and the Customer API (call ingestion on its own host, customer sync), validated against {@code specs/zipteams.yaml}.
 *
 * <pre>{@code
 * try (ZipteamsSandbox sandbox = ZipteamsSandbox.start()) {
 *   ZipteamsClient zipteams = ZipteamsClient.builder()
 *       .baseUrl(sandbox.baseUrl())
 *       .customerIngestionUrl(sandbox.customerIngestionUrl())
 *       .credentials(ZipteamsCredentials.partner(sandbox.apiKey(), sandbox.apiSecret(), "tenant1", "team1"))
 *       .build();
 *   ...
 * }
 * }</pre>
 *
 * <p>Any tenant and subtenant id is accepted (they are the partner's own ids); each pair has its own ingested calls
 * and customers. Dashboard tokens are HS256 JWTs with {@code tenantId}, {@code subTenantId}, {@code iat} and
 * {@code exp}, valid for the builder's {@link Builder#tokenLifetime token lifetime} (24 hours by default).
 */
public final class ZipteamsSandbox extends Sandbox {
  private static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(24);

  private final ZipteamsEmulator emulator;
  private final String apiKey;
  private final String apiSecret;
  private final String customerApiKey;

  private ZipteamsSandbox(SandboxServer server, ZipteamsEmulator emulator, String apiKey, String apiSecret,
      String customerApiKey) {
    super(server);
    this.emulator = emulator;
    this.apiKey = apiKey;
    this.apiSecret = apiSecret;
    this.customerApiKey = customerApiKey;
  }

  /**
   * Starts a sandbox with the default settings.
   *
   * @return the running sandbox; close it to stop it
   */
  public static ZipteamsSandbox start() {
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

  /** The URL for {@code ZipteamsClient.Builder.customerIngestionUrl(...)}; the same server plays both hosts. */
  public String customerIngestionUrl() {
    return baseUrl();
  }

  /** The partner API key the sandbox accepts. */
  public String apiKey() {
    return apiKey;
  }

  /** The partner API secret the sandbox accepts. */
  public String apiSecret() {
    return apiSecret;
  }

  /** The Customer API key ({@code x-zip-api-key}) the sandbox accepts. */
  public String customerApiKey() {
    return customerApiKey;
  }

  /**
   * The call ids ingested for one tenant pair.
   *
   * @param tenantId the tenant
   * @param subTenantId the subtenant
   * @return the ids, empty when none
   */
  public Set<String> ingestedCallIds(String tenantId, String subTenantId) {
    return emulator.ingestedCallIds(
        Objects.requireNonNull(tenantId, "tenantId == null"), Objects.requireNonNull(subTenantId, "subTenantId == null"));
  }

  /**
   * The disposition last recorded for a customer of a tenant pair, by ingestion or by a disposition update.
   *
   * @param tenantId the tenant
   * @param subTenantId the subtenant
   * @param customerId the partner's customer id
   * @return the disposition, or {@code null} when the customer is unknown
   */
  public String disposition(String tenantId, String subTenantId, String customerId) {
    return emulator.disposition(tenantId, subTenantId, customerId);
  }

  /**
   * Verifies a dashboard token against the sandbox's signing key.
   *
   * @param token a token from the dashboard-token endpoint
   * @return its claims, or {@code null} if the sandbox did not sign it
   */
  public Map<String, Object> verifyDashboardToken(String token) {
    return emulator.verifyDashboardToken(token);
  }

  @Override
  public String toString() {
    return "ZipteamsSandbox{" + baseUrl() + "}";
  }

  /** Configures a {@link ZipteamsSandbox}. */
  public static final class Builder extends Sandbox.Builder<Builder> {
    private Builder() {
      super(DEFAULT_TOKEN_LIFETIME);
    }

    /**
     * Starts the sandbox on a free loopback port.
     *
     * @return the running sandbox
     */
    public ZipteamsSandbox start() {
      String apiKey = "zt_key_" + random(8);
      String apiSecret = random(24);
      String customerApiKey = "zip_" + random(16);
      SpecApi spec = SpecApi.load("zipteams.yaml");
      ZipteamsEmulator emulator = new ZipteamsEmulator(spec, apiKey, apiSecret, customerApiKey, tokenLifetime);
      return new ZipteamsSandbox(startServer(List.of(spec), emulator, this), emulator, apiKey, apiSecret, customerApiKey);
    }
  }

  static String random(int bytes) {
    byte[] value = new byte[bytes];
    new SecureRandom().nextBytes(value);
    return HexFormat.of().formatHex(value);
  }
}
