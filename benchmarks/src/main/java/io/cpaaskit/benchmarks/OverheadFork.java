package io.cpaaskit.benchmarks;

import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.TokenListener;
import io.cpaaskit.core.retrofit.SpecRetrofit;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.model.CreateCallRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * One fork of the per-call overhead measurement: a fresh JVM with its own loopback server runs every case
 * ({@link #CASES}) through {@link InterleavedOverhead} and prints each measured slice as one {@link #SLICE} line.
 *
 * <p>Why forks: a JVM's JIT settles on one shape of the compiled call paths, and the two sides' code is not compiled
 * equally well in every JVM, so one JVM's figure moves by about ±0.01 from the next; the harness pools the slices of
 * several forks, as JMH does with its forks. Usage: {@code OverheadFork <logLevel> <slices> <warmCalls> [split]}; with
 * {@code split} it also measures {@link #SPLIT_CASES}, which tell Retrofit's share of the overhead from ours.
 */
public final class OverheadFork {
  /** The first word of a line that carries one measured slice. */
  static final String SLICE = "SLICE";

  /** The optional last argument that adds {@link #SPLIT_CASES}. */
  static final String SPLIT = "split";

  /** The checked cases every fork measures, in order: the SDK against the raw call. */
  static final List<Case> CASES = List.of(new Case(Pair.SDK_OVER_RAW, "GET", 1), new Case(Pair.SDK_OVER_RAW, "POST", 1),
      new Case(Pair.SDK_OVER_RAW, "GET", 16), new Case(Pair.SDK_OVER_RAW, "POST", 16));

  /**
   * The reported cases a fork measures after {@link #CASES} when asked to: the one-thread overhead split into what
   * Retrofit costs over the raw call and what our layers cost over Retrofit. The two ratios multiply to about the
   * checked one, each measured with its own two sides interleaved.
   */
  static final List<Case> SPLIT_CASES = List.of(new Case(Pair.RETROFIT_OVER_RAW, "GET", 1),
      new Case(Pair.SDK_OVER_RETROFIT, "GET", 1), new Case(Pair.RETROFIT_OVER_RAW, "POST", 1),
      new Case(Pair.SDK_OVER_RETROFIT, "POST", 1));

  /** The length of one slice. */
  static final Duration SLICE_LENGTH = Duration.ofMillis(500);

  /** Which two stacks a case compares: the first is timed as the baseline, the second as the one measured. */
  enum Pair {
    /** The checked figure: the SDK (side a) over the raw OkHttp + Moshi call (side b). */
    SDK_OVER_RAW("", "raw", "sdk"),
    /**
     * Retrofit alone over the raw call: the generated interface on our converters, the Bearer header added by one
     * interceptor, no auth-core, no retry layer, no logger.
     */
    RETROFIT_OVER_RAW(": Retrofit alone / raw", "raw", "retrofit"),
    /** The SDK over Retrofit alone: what auth-core, the retry layer and the logger add to Retrofit. */
    SDK_OVER_RETROFIT(": SDK / Retrofit alone", "retrofit", "sdk");

    /** What the harness appends to the case's name: empty for the checked pair. */
    final String label;
    /** The short name of the side timed as the baseline. */
    final String baseline;
    /** The short name of the side measured against it. */
    final String measured;

    Pair(String label, String baseline, String measured) {
      this.label = label;
      this.baseline = baseline;
      this.measured = measured;
    }
  }

  /**
   * One case of the measurement.
   *
   * @param pair the two stacks compared
   * @param op {@code GET} or {@code POST}
   * @param threads how many threads call at once
   */
  record Case(Pair pair, String op, int threads) {
    /** The figure's name in the harness's table. */
    String figure() {
      return "overhead " + op + ", " + threads + " thread" + (threads == 1 ? "" : "s") + pair.label + " (ops/s)";
    }
  }

  private OverheadFork() {}

  /**
   * Measures every case and prints its slices.
   *
   * @param args the side (a) logger level, slices per case, warm-up calls per side before each case, and
   *     optionally {@code split}
   * @throws Exception if a call fails or any call was answered 401
   */
  public static void main(String[] args) throws Exception {
    HttpLogging.Level level = HttpLogging.Level.valueOf(args[0]);
    int slices = Integer.parseInt(args[1]);
    int warmCalls = Integer.parseInt(args[2]);
    boolean split = args.length > 3 && args[3].equals(SPLIT);
    try (LoopbackVoipbin server = LoopbackVoipbin.start()) {
      OkHttpClient base = Fixtures.base(32);
      CallsApi sdk = Fixtures.sdk(server.baseUrl(), base, level, TokenListener.NONE).create(CallsApi.class);
      RawVoipbin raw = new RawVoipbin(base, server.baseUrl()).login();
      CallsApi retrofit = retrofitAlone(server.baseUrl(), base, raw.authorization());
      CreateCallRequest body = Fixtures.createCallRequest();
      for (Case c : cases(split)) {
        boolean get = c.op().equals("GET");
        InterleavedOverhead.Call rawCall = get ? () -> raw.getCall(Fixtures.CALL_ID) : () -> raw.createCall(body);
        InterleavedOverhead.Call sdkCall = generated(sdk, get, body);
        InterleavedOverhead.Call retrofitCall = generated(retrofit, get, body);
        InterleavedOverhead.Call baseline = c.pair() == Pair.SDK_OVER_RETROFIT ? retrofitCall : rawCall;
        InterleavedOverhead.Call measured = c.pair() == Pair.RETROFIT_OVER_RAW ? retrofitCall : sdkCall;
        for (InterleavedOverhead.Slice slice :
            InterleavedOverhead.measureSlices(baseline, measured, c.threads(), warmCalls, SLICE_LENGTH, slices)) {
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

  /**
   * Retrofit as a user without our SDK would set it up: the generated interface over {@link SpecRetrofit} (the same
   * converters), the token set on each request by one interceptor.
   */
  static CallsApi retrofitAlone(String baseUrl, OkHttpClient base, String authorization) {
    OkHttpClient client = base.newBuilder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("Authorization", authorization).build()))
        .build();
    return SpecRetrofit.newBuilder(baseUrl, client).build().create(CallsApi.class);
  }

  private static InterleavedOverhead.Call generated(CallsApi api, boolean get, CreateCallRequest body) {
    return get
        ? () -> Fixtures.body(api.getCall(Fixtures.CALL_ID).execute())
        : () -> Fixtures.body(api.createCall(body).execute());
  }

  /**
   * The cases a fork measures, in order.
   *
   * @param split whether to add {@link #SPLIT_CASES} after {@link #CASES}
   */
  static List<Case> cases(boolean split) {
    if (!split) {
      return CASES;
    }
    List<Case> all = new ArrayList<>(CASES);
    all.addAll(SPLIT_CASES);
    return List.copyOf(all);
  }

  /** The line that carries one slice of one case. */
  static String line(Case c, InterleavedOverhead.Slice slice) {
    return String.format(Locale.ROOT, "%s %s %s %d %d %d %d %d", SLICE, c.pair(), c.op(), c.threads(),
        slice.rawCalls(), slice.rawNanos(), slice.sdkCalls(), slice.sdkNanos());
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
    if (fields.length != 8) {
      throw new IllegalArgumentException("not a slice line: " + line);
    }
    try {
      return new Parsed(new Case(Pair.valueOf(fields[1]), fields[2], Integer.parseInt(fields[3])),
          new InterleavedOverhead.Slice(Long.parseLong(fields[4]), Long.parseLong(fields[5]), Long.parseLong(fields[6]),
              Long.parseLong(fields[7])));
    } catch (IllegalArgumentException e) { // NumberFormatException included
      throw new IllegalArgumentException("not a slice line: " + line, e);
    }
  }
}
