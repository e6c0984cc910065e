package io.cpaaskit.auth;

import java.util.Objects;

/**
 * What the clients log about HTTP traffic, and where. Whatever the level, credentials are masked: the
 * {@code Authorization}, {@code Cookie} headers, every header and query parameter an authenticator declares, JSON
 * members that hold secrets, and the raw value of every live credential wherever it would appear. Login requests and
 * responses never have their bodies logged.
 *
 * <pre>{@code
 * HttpLogging logging = HttpLogging.level(HttpLogging.Level.HEADERS).sink(line -> log.info(line));
 * }</pre>
 */
public final class HttpLogging {
  /** How much to log. */
  public enum Level {
    /** Nothing. */
    NONE,
    /** Request line, response status, timing. */
    BASIC,
    /** As BASIC, plus headers (redacted). */
    HEADERS,
    /** As HEADERS, plus bodies up to 4 KiB (redacted; never for logins). */
    BODY
  }

  /** Receives log lines. */
  @FunctionalInterface
  public interface Sink {
    /** Writes to the JDK's platform logger {@code io.cpaaskit.http} at INFO. */
    Sink PLATFORM = line -> System.getLogger("io.cpaaskit.http").log(System.Logger.Level.INFO, line);

    /**
     * Receives one line, already redacted.
     *
     * @param line the line
     */
    void log(String line);
  }

  private static final HttpLogging NONE = new HttpLogging(Level.NONE, Sink.PLATFORM);

  private final Level level;
  private final Sink sink;

  private HttpLogging(Level level, Sink sink) {
    this.level = level;
    this.sink = sink;
  }

  /**
   * Returns the default: no logging.
   *
   * @return logging switched off
   */
  public static HttpLogging none() {
    return NONE;
  }

  /**
   * Logs at {@code level} to the platform logger.
   *
   * @param level the level
   * @return the configuration
   */
  public static HttpLogging level(Level level) {
    return new HttpLogging(Objects.requireNonNull(level, "level == null"), Sink.PLATFORM);
  }

  /**
   * Returns a copy that writes to {@code sink}.
   *
   * @param sink the sink
   * @return the configuration
   */
  public HttpLogging sink(Sink sink) {
    return new HttpLogging(level, Objects.requireNonNull(sink, "sink == null"));
  }

  /**
   * Returns the level.
   *
   * @return the level
   */
  public Level level() {
    return level;
  }

  /**
   * Returns the sink.
   *
   * @return the sink
   */
  public Sink sink() {
    return sink;
  }
}
