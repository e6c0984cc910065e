package io.cpaaskit.sandbox;

import io.cpaaskit.sandbox.internal.Emulator;
import io.cpaaskit.sandbox.internal.SpecApi;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A running vendor emulator on a loopback port: {@link VobizSandbox}, {@link VoipbinSandbox} or
 * {@link ZipteamsSandbox}. Every request is checked against the vendor's spec in {@code specs/} (a request that does
 * not conform gets a 400 naming the violation, and is listed in {@link SandboxTraffic#violations()}), then answered
 * from the sandbox's state with the vendor's own status codes and bodies. Close it to stop the server.
 */
public abstract sealed class Sandbox implements AutoCloseable permits VobizSandbox, VoipbinSandbox, ZipteamsSandbox {
  private final SandboxServer server;

  Sandbox(SandboxServer server) {
    this.server = server;
  }

  static SandboxServer startServer(List<SpecApi> specs, Emulator emulator, Builder<?> builder) {
    return SandboxServer.start(specs, emulator, builder.clock, builder.validateResponses);
  }

  /**
   * The URL to give the client builder's {@code baseUrl(...)}: the server root, since every vendor client appends
   * its API paths itself ({@code api/v1/…}, {@code v1.0/…}, {@code auth/…}). For Zipteams it is also the
   * {@code customerIngestionUrl(...)}: one server plays both hosts.
   *
   * @return {@code http://<loopback>:<port>/}
   */
  public final String baseUrl() {
    return server.url("/").toString();
  }

  /** The faults to inject; see {@link Faults}. */
  public Faults faults() {
    return server.faults();
  }

  /** What the sandbox has received and answered. */
  public SandboxTraffic traffic() {
    return server.traffic();
  }

  /** The clock the sandbox checks token lifetimes against. */
  public Clock clock() {
    return server.clock();
  }

  SandboxServer server() {
    return server;
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.close();
  }

  /**
   * Settings every sandbox shares.
   *
   * @param <B> the vendor's builder type
   */
  public abstract static class Builder<B extends Builder<B>> {
    Clock clock = Clock.systemUTC();
    Duration tokenLifetime;
    boolean validateResponses = true;

    Builder(Duration defaultTokenLifetime) {
      this.tokenLifetime = defaultTokenLifetime;
    }

    /**
     * Sets the clock for token issue and expiry (default the system clock); share a fake clock with the client to
     * expire tokens without waiting.
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return self();
    }

    /**
     * Sets the lifetime of the tokens the sandbox issues (default: the vendor's real lifetime).
     *
     * @param tokenLifetime a positive duration; a few seconds lets a test watch a token expire
     * @return this builder
     */
    public B tokenLifetime(Duration tokenLifetime) {
      this.tokenLifetime = Faults.requirePositive(tokenLifetime, "tokenLifetime");
      return self();
    }

    /**
     * Sets whether the sandbox checks its own answers against the spec too (default true), listing any departure
     * in {@link SandboxTraffic#violations()}.
     *
     * @param validateResponses whether to check answers
     * @return this builder
     */
    public B validateResponses(boolean validateResponses) {
      this.validateResponses = validateResponses;
      return self();
    }

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }
  }
}
