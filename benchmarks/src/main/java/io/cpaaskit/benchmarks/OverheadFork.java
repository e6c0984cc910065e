package io.cpaaskit.benchmarks;

import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.TokenListener;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.model.CreateCallRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * One fork of the per-call overhead measurement: a fresh JVM with its own loopback server runs every case
 * ({@link #CASES}) through {@link InterleavedOverhead} and prints each measured slice as one {@link #SLICE} line.
 *
 * <p>Why forks: a JVM's JIT settles on one shape of the compiled call paths, and the two sides' code is not compiled
 * equally well in every JVM, so one JVM's figure moves by about ±0.01 from the next; the harness pools the slices of
 * several forks, as JMH does with its forks. Usage: {@code OverheadFork <logLevel> <slices> <warmCalls>}.
 */
public final class OverheadFork {
  /** The first word of a line that carries one measured slice. */
  static final String SLICE = "SLICE";

  /** The cases every fork measures, in order. */
  static final List<Case> CASES =
      List.of(new Case("GET", 1), new Case("POST", 1), new Case("GET", 16), new Case("POST", 16));

  /** The length of one slice. */
  static final Duration SLICE_LENGTH = Duration.ofMillis(500);

  /**
   * One case of the measurement.
   *
   * @param op {@code GET} or {@code POST}
   * @param threads how many threads call at once
   */
  record Case(String op, int threads) {
    /** The figure's name in the harness's table. */
    String figure() {
      return "overhead " + op + ", " + threads + " thread" + (threads == 1 ? "" : "s") + " (ops/s)";
    }
  }

  private OverheadFork() {}

  /**
   * Measures every case and prints its slices.
   *
   * @param args the side (a) logger level, slices per case, warm-up calls per side before each case
   * @throws Exception if a call fails or any call was answered 401
   */
  public static void main(String[] args) throws Exception {
    HttpLogging.Level level = HttpLogging.Level.valueOf(args[0]);
    int slices = Integer.parseInt(args[1]);
    int warmCalls = Integer.parseInt(args[2]);
    try (LoopbackVoipbin server = LoopbackVoipbin.start()) {
      OkHttpClient base = Fixtures.base(32);
      CallsApi sdk = Fixtures.sdk(server.baseUrl(), base, level, TokenListener.NONE).create(CallsApi.class);
      RawVoipbin raw = new RawVoipbin(base, server.baseUrl()).login();
      CreateCallRequest body = Fixtures.createCallRequest();
      for (Case c : CASES) {
        boolean get = c.op().equals("GET");
        InterleavedOverhead.Call rawCall = get ? () -> raw.getCall(Fixtures.CALL_ID) : () -> raw.createCall(body);
        InterleavedOverhead.Call sdkCall = get
            ? () -> Fixtures.body(sdk.getCall(Fixtures.CALL_ID).execute())
            : () -> Fixtures.body(sdk.createCall(body).execute());
        for (InterleavedOverhead.Slice slice :
            InterleavedOverhead.measureSlices(rawCall, sdkCall, c.threads(), warmCalls, SLICE_LENGTH, slices)) {
          System.out.println(line(c, slice));
        }
      }
      if (server.unauthorized() != 0) {
        throw new IllegalStateException(server.unauthorized() + " overhead calls were answered 401");
      }
    }
    System.out.flush();
    System.exit(0); // OkHttp's idle threads would otherwise keep the JVM up for a minute
  }

  /** The line that carries one slice of one case. */
  static String line(Case c, InterleavedOverhead.Slice slice) {
    return String.format(Locale.ROOT, "%s %s %d %d %d %d %d", SLICE, c.op(), c.threads(), slice.rawCalls(),
        slice.rawNanos(), slice.sdkCalls(), slice.sdkNanos());
  }

  /**
   * A slice line read back.
   *
   * @param c the case it belongs to
   * @param slice its totals
   */
  record Parsed(Case c, InterleavedOverhead.Slice slice) {}

  /**
   * Reads a line the fork printed.
   *
   * @param line one line of the fork's output
   * @return the slice it carries, or {@code null} if it is not a slice line
   * @throws IllegalArgumentException if it starts like a slice line but is not one
   */
  static Parsed parse(String line) {
    if (!line.startsWith(SLICE + " ")) {
      return null;
    }
    String[] fields = line.split(" ");
    if (fields.length != 7) {
      throw new IllegalArgumentException("not a slice line: " + line);
    }
    try {
      return new Parsed(new Case(fields[1], Integer.parseInt(fields[2])), new InterleavedOverhead.Slice(
          Long.parseLong(fields[3]), Long.parseLong(fields[4]), Long.parseLong(fields[5]), Long.parseLong(fields[6])));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a slice line: " + line, e);
    }
  }
}
