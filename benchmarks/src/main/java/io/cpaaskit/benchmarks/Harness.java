package io.cpaaskit.benchmarks;

import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.TokenListener;
import io.cpaaskit.vobiz.VobizClient;
import io.cpaaskit.vobiz.VobizCredentials;
import io.cpaaskit.voipbin.VoipbinClient;
import io.cpaaskit.voipbin.VoipbinCredentials;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.zipteams.ZipteamsClient;
import io.cpaaskit.zipteams.ZipteamsCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The one entry point of the benchmarks ({@code scripts/benchmarks}): per-call overhead (raw and SDK calls
 * interleaved in one or three child JVMs, checked; JMH forks, reported in full mode), login storm, proactive-refresh soak, cold start
 * and footprint. Prints one table with baseline, ours, ratio, target, threshold and verdict per figure, and exits 1
 * when a figure misses its noise-tolerant threshold (2 on a usage error).
 */
public final class Harness {
  static final String USAGE =
      "Usage: scripts/benchmarks [--short] [--only overhead|jmh|storm|soak|coldstart|footprint]... [--log-level BASIC|HEADERS|BODY]";

  /** Thresholds: what the issue asks for (target) and what fails the run (threshold, wide for a shared machine). */
  static final double OVERHEAD_TARGET = 0.95;
  /**
   * Wide on purpose: with calls interleaved, the median slice ratio of one JVM moves by about ±0.02 between runs on the shared
   * 2-core machine (0.90 was the lowest seen, with a profiler attached); the run fails when the SDK costs a quarter more
   * than the raw call, not on a noisy neighbour.
   */
  static final double OVERHEAD_THRESHOLD = 0.80;
  static final double STORM_TARGET = 2.0;
  static final double STORM_THRESHOLD = 3.0;
  static final double SOAK_TARGET = 1.5;
  static final double SOAK_THRESHOLD = 2.5;

  /**
   * A spread of the slice ratios (interquartile range over median) wider than this makes a missed overhead target
   * NOISY rather than MISS; neither fails the run.
   */
  static final double NOISE_LIMIT = 0.20;

  /**
   * Calls per side on one thread before any overhead measurement, so the JIT is done before the clock starts; the
   * same in short mode, where 20,000 left one fork's 1-thread readings spread over 0.925-0.986 against 0.946-0.968
   * with 50,000 (three forks each, alternating).
   */
  static final int WARM_CALLS = 50_000;

  static final int STORM_CALLERS = 256;
  static final Duration LOGIN_DELAY = Duration.ofMillis(100);
  static final Duration SOAK_LIFETIME = Duration.ofSeconds(2);
  static final int SOAK_THREADS = 8;
  /**
   * How far the soak's control windows sit from each refresh: off the refresh (a window lasts about 0.1 s) and off
   * its neighbours (with 2-s tokens a refresh starts 1.0-1.4 s after the last one ended).
   */
  static final Duration SOAK_CONTROL_OFFSET = Duration.ofMillis(700);

  private static final Set<String> SECTIONS = Set.of("footprint", "coldstart", "overhead", "jmh", "storm", "soak");

  private final boolean quick;
  private final HttpLogging.Level logLevel;
  private final List<Check> checks = new ArrayList<>();

  private Harness(boolean quick, HttpLogging.Level logLevel) {
    this.quick = quick;
    this.logLevel = logLevel;
  }

  /**
   * Runs the benchmarks.
   *
   * @param args see {@link #USAGE}
   * @throws Exception if a benchmark cannot run at all
   */
  public static void main(String[] args) throws Exception {
    boolean quick = false;
    HttpLogging.Level level = HttpLogging.Level.BASIC;
    Set<String> only = new LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--short":
          quick = true;
          break;
        case "--only":
          if (i + 1 >= args.length || !SECTIONS.contains(args[i + 1])) {
            usage("--only needs one of " + SECTIONS);
          }
          only.add(args[++i]);
          break;
        case "--log-level":
          if (i + 1 >= args.length) {
            usage("--log-level needs a level");
          }
          try {
            level = HttpLogging.Level.valueOf(args[++i].toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            usage("unknown log level");
          }
          break;
        case "--help":
        case "-h":
          System.out.println(USAGE);
          return;
        default:
          usage("unknown argument " + args[i]);
      }
    }
    Harness harness = new Harness(quick, level);
    Set<String> sections = new LinkedHashSet<>(SECTIONS);
    if (quick) {
      sections.remove("jmh"); // forks minutes apart cannot resolve 5 % on a shared machine: reported, never checked
    }
    System.exit(harness.run(only.isEmpty() ? sections : only));
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println(USAGE);
    System.exit(2);
  }

  private int run(Set<String> sections) throws Exception {
    long started = System.nanoTime();
    System.out.println("cpaaskit benchmarks, " + (quick ? "short mode (CI smoke run)" : "full mode"));
    System.out.println(machine());
    System.out.println("load average at start: " + loadAverage());
    System.out.println("side (a): VoipbinClient, password login, default RetryPolicy, HttpLogging " + logLevel
        + " to a counting sink; side (b): OkHttp + Moshi by hand, Bearer header set by hand; loopback server in-process");
    if (sections.contains("footprint")) {
      section("footprint", this::footprint);
    }
    if (sections.contains("coldstart")) {
      section("cold start", this::coldStart);
    }
    if (sections.contains("overhead")) {
      section("per-call overhead (calls interleaved)", this::overhead);
    }
    if (sections.contains("jmh")) {
      section("per-call overhead (JMH forks, reported)", this::jmhOverhead);
    }
    if (sections.contains("storm")) {
      section("login storm", this::storm);
    }
    if (sections.contains("soak")) {
      section("proactive refresh soak", this::soak);
    }
    System.out.println();
    System.out.println("load average at end: " + loadAverage() + "; took "
        + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s; " + Fixtures.LOG_LINES.sum()
        + " log lines reached the sink in this JVM");
    System.out.println();
    System.out.print(Table.render(checks));
    long failed = checks.stream().filter(c -> c.verdict() == Check.Verdict.FAIL).count();
    long missed = checks.stream()
        .filter(c -> c.verdict() == Check.Verdict.MISS || c.verdict() == Check.Verdict.NOISY).count();
    System.out.println();
    System.out.println("PASS: target met; MISS: target missed within the noise threshold; FAIL: threshold missed (exit 1);"
        + " NOISY: target missed within the threshold while the slice ratios spread (interquartile range) by more than "
        + Math.round(NOISE_LIMIT * 100) + " % of their median, so the machine was too busy to tell (no failure).");
    System.out.println(failed == 0
        ? (missed == 0 ? "All targets met." : missed + " target(s) missed within the threshold: re-measure on a quiet machine.")
        : failed + " figure(s) missed the threshold.");
    return failed == 0 ? 0 : 1;
  }

  @FunctionalInterface
  private interface Section {
    void run() throws Exception;
  }

  private static void section(String name, Section section) throws Exception {
    System.out.println();
    System.out.println("== " + name);
    long t0 = System.nanoTime();
    section.run();
    System.out.println("   (" + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0) + " s)");
  }

  // ---------------------------------------------------------------- per-call overhead

  /**
   * The checked figure: {@link InterleavedOverhead}, raw and SDK calls alternating on every thread, one server and one
   * connection pool, in {@link #overheadForks()} fresh JVMs ({@link OverheadFork}) one after the other; per case, the
   * median over the pooled time slices of all forks of the ratio of mean latencies. In full mode the forks also
   * measure {@link OverheadFork#SPLIT_CASES}, reported: Retrofit alone against raw, and the SDK against Retrofit alone.
   */
  private void overhead() throws Exception {
    int forks = overheadForks();
    int slices = quick ? 10 : 20;
    boolean split = !quick;
    List<OverheadFork.Case> cases = OverheadFork.cases(split);
    List<String> forkArgs = new ArrayList<>(List.of(logLevel.name(), String.valueOf(slices), String.valueOf(WARM_CALLS)));
    if (split) {
      forkArgs.add(OverheadFork.SPLIT);
    }
    Map<OverheadFork.Case, List<List<InterleavedOverhead.Slice>>> byCase = new LinkedHashMap<>();
    cases.forEach(c -> byCase.put(c, new ArrayList<>()));
    for (int fork = 0; fork < forks; fork++) {
      Map<OverheadFork.Case, List<InterleavedOverhead.Slice>> measured = new HashMap<>();
      ChildJvm.run(List.of("-Xms1g", "-Xmx1g"), OverheadFork.class, forkArgs, line -> {
        OverheadFork.Parsed parsed = OverheadFork.parse(line);
        if (parsed == null) {
          return false;
        }
        measured.computeIfAbsent(parsed.c(), c -> new ArrayList<>()).add(parsed.slice());
        return true;
      });
      for (OverheadFork.Case c : cases) {
        List<InterleavedOverhead.Slice> forkSlices = measured.getOrDefault(c, List.of());
        if (forkSlices.size() != slices) {
          throw new IllegalStateException("overhead fork " + (fork + 1) + " measured " + forkSlices.size() + " slices of "
              + c.figure() + ", expected " + slices);
        }
        byCase.get(c).add(forkSlices);
      }
    }
    for (Map.Entry<OverheadFork.Case, List<List<InterleavedOverhead.Slice>>> entry : byCase.entrySet()) {
      OverheadFork.Case c = entry.getKey();
      InterleavedOverhead.Result result = InterleavedOverhead.summarize(
          entry.getValue().stream().flatMap(List::stream).toArray(InterleavedOverhead.Slice[]::new), c.threads());
      if (c.pair() == OverheadFork.Pair.SDK_OVER_RAW) {
        checks.add(Check.atLeast(c.figure(), ops(result.rawOps()), ops(result.sdkOps()), result.ratio(), OVERHEAD_TARGET,
            OVERHEAD_THRESHOLD).noisy(result.spread() > NOISE_LIMIT));
      } else {
        checks.add(Check.info(c.figure(), ops(result.rawOps()), ops(result.sdkOps()), result.ratio()));
      }
      StringBuilder perFork = new StringBuilder();
      for (List<InterleavedOverhead.Slice> forkSlices : entry.getValue()) {
        double ratio = InterleavedOverhead.summarize(forkSlices.toArray(InterleavedOverhead.Slice[]::new), c.threads()).ratio();
        perFork.append(perFork.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.3f", ratio));
      }
      System.out.printf(Locale.ROOT,
          "   %-4s %2d thread(s)%s: %d fork(s) x %d slices of %d ms, %,d calls per side; %s %s, %s %s ops/s; ratio median %.3f (quartiles %.3f-%.3f; per fork %s)%n",
          c.op(), c.threads(), c.pair().label, forks, slices, OverheadFork.SLICE_LENGTH.toMillis(), result.callsPerSide(),
          c.pair().baseline, ops(result.rawOps()), c.pair().measured, ops(result.sdkOps()), result.ratio(),
          result.lowerQuartile(), result.upperQuartile(), perFork);
    }
  }

  /**
   * JVMs the overhead measurement runs in: one in short mode; three in full mode, because one JVM's figure moves by
   * about ±0.01 from the next (JIT outcomes, the host's load over its minute) and the target is 0.05 wide.
   */
  private int overheadForks() {
    return quick ? 1 : 3;
  }

  /**
   * Reported only (full mode): each case runs as raw, sdk, sdk, raw (one JMH fork each), and the ratio is of the two
   * means, so load drift is charged to both sides alike. Forks run minutes apart, so on a shared machine this figure
   * moves by ±0.2 between runs; {@link #overhead} is the one checked.
   */
  private void jmhOverhead() throws RunnerException {
    for (int threads : new int[] {1, 16}) {
      for (String op : new String[] {"Get", "Post"}) {
        double[] raw = new double[2];
        double[] sdk = new double[2];
        int rawRuns = 0;
        int sdkRuns = 0;
        for (String side : new String[] {"raw", "sdk", "sdk", "raw"}) {
          double score = jmh(side + op, threads);
          if (side.equals("raw")) {
            raw[rawRuns++] = score;
          } else {
            sdk[sdkRuns++] = score;
          }
        }
        double rawMean = (raw[0] + raw[1]) / 2;
        double sdkMean = (sdk[0] + sdk[1]) / 2;
        String name = "JMH overhead " + op.toUpperCase(Locale.ROOT) + ", " + threads + " thread"
            + (threads == 1 ? "" : "s") + " (ops/s, ABBA forks)";
        checks.add(Check.info(name, ops(rawMean), ops(sdkMean), sdkMean / rawMean));
        System.out.printf(Locale.ROOT, "   %-4s %2d thread(s): raw %s, %s ops/s; sdk %s, %s ops/s (ABBA); ratio of means %.3f; runs of one side %.0f %% / %.0f %% apart%n",
            op.toUpperCase(Locale.ROOT), threads, ops(raw[0]), ops(raw[1]), ops(sdk[0]), ops(sdk[1]), sdkMean / rawMean,
            spread(raw) * 100, spread(sdk) * 100);
      }
    }
  }


  /** Runs one benchmark method in one fork and returns its mean throughput (ops/s). */
  private double jmh(String method, int threads) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(CallOverheadBenchmark.class.getName() + "\\." + method + "$")
            .param("logLevel", logLevel.name())
            .param("warmCalls", String.valueOf(WARM_CALLS))
            .threads(threads)
            .forks(1)
            .warmupIterations(quick ? 1 : 3)
            .warmupTime(TimeValue.seconds(quick ? 2 : 3))
            .measurementIterations(quick ? 2 : 5)
            .measurementTime(TimeValue.seconds(quick ? 1 : 3))
            .jvmArgsAppend("-Xms512m", "-Xmx512m")
            .shouldFailOnError(true)
            .verbosity(quick ? VerboseMode.SILENT : VerboseMode.NORMAL)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    if (results.size() != 1) {
      throw new IllegalStateException("JMH returned " + results.size() + " results for " + method);
    }
    return results.iterator().next().getPrimaryResult().getScore();
  }

  /** How far apart two runs of the same side are, relative to the larger: 0 = identical. */
  static double spread(double[] runs) {
    double max = Math.max(runs[0], runs[1]);
    return max == 0 ? 0 : Math.abs(runs[0] - runs[1]) / max;
  }

  private static String ops(double score) {
    return String.format(Locale.ROOT, "%,.0f", score);
  }

  // ---------------------------------------------------------------- login storm

  private void storm() throws Exception {
    int rounds = 5; // also in short mode: one 256-thread round on a shared machine can hit a pause (3.44x seen once)
    try (LoopbackVoipbin server = LoopbackVoipbin.start();
        CallerThreads callers = new CallerThreads(STORM_CALLERS, "bench-caller")) {
      server.loginDelay(LOGIN_DELAY);
      OkHttpClient base = Fixtures.base(STORM_CALLERS);
      RawVoipbin raw = new RawVoipbin(base, server.baseUrl()).login();
      raw.getCall(Fixtures.CALL_ID);
      // Baseline: one login round trip plus one call, by hand, on a warm connection.
      long[] roundTrips = new long[quick ? 5 : 11];
      for (int i = 0; i < roundTrips.length; i++) {
        long t0 = System.nanoTime();
        raw.login().getCall(Fixtures.CALL_ID);
        roundTrips[i] = System.nanoTime() - t0;
      }
      long baseline = Stats.median(roundTrips);
      // Warm up: JIT-compile both paths (the SDK's is otherwise interpreted in this JVM, JMH runs in forks), then
      // open the 256 connections and server threads the storm will use.
      CallsApi warm = Fixtures.sdk(server.baseUrl(), base, logLevel, TokenListener.NONE).create(CallsApi.class);
      long warmUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3000);
      runFor(8, () -> {
        ok(warm.getCall(Fixtures.CALL_ID).execute());
        raw.getCall(Fixtures.CALL_ID);
      }, c -> System.nanoTime() > warmUntil);
      // The storm's callers are threads that have called before, as a server's request threads are (a fresh
      // thread's first call is several times slower: see CallerThreads); two bursts warm them.
      callers.burst(() -> ok(warm.getCall(Fixtures.CALL_ID).execute()));
      callers.burst(() -> raw.getCall(Fixtures.CALL_ID));
      // Reported, to read the storm's p99 against: the same callers released at once on a valid token, no login to
      // wait for, raw and SDK. On 2 cores this burst alone takes tens of milliseconds, and the storm pays it after its
      // login; the baseline the issue names (one login plus one call) does not include it.
      long[] rawBursts = new long[rounds];
      long[] sdkBursts = new long[rounds];
      for (int round = 0; round < rounds; round++) {
        rawBursts[round] = Stats.percentile(callers.burst(() -> raw.getCall(Fixtures.CALL_ID)).fromRelease(), 99);
        sdkBursts[round] =
            Stats.percentile(callers.burst(() -> ok(warm.getCall(Fixtures.CALL_ID).execute())).fromRelease(), 99);
      }
      long rawBurst = Stats.median(rawBursts);
      long sdkBurst = Stats.median(sdkBursts);
      System.out.printf(Locale.ROOT, "   %d calls at once on a valid token, p99 (median of %d): raw %s, sdk %s%n",
          STORM_CALLERS, rounds, ms(rawBurst), ms(sdkBurst));

      long[] p99s = new long[rounds];
      int logins = 1;
      int unauthorized = 0;
      // Round 0 is a warm-up of the storm's own paths (waiting on a login, a new client's first calls): its login
      // count is checked, its latencies are not used.
      for (int round = 0; round <= rounds; round++) {
        CallsApi calls = Fixtures.sdk(server.baseUrl(), base, logLevel, TokenListener.NONE).create(CallsApi.class);
        // Log in with a one-second token, then let it expire: the storm meets an expired token.
        server.lifetime(Duration.ofSeconds(1));
        ok(calls.getCall(Fixtures.CALL_ID).execute());
        Thread.sleep(1300);
        server.lifetime(Duration.ofHours(1));
        int loginsBefore = server.logins();
        int unauthorizedBefore = server.unauthorized();
        CallerThreads.Burst burst = callers.burst(() -> ok(calls.getCall(Fixtures.CALL_ID).execute()));
        long[] latencies = burst.fromRelease();
        int roundLogins = server.logins() - loginsBefore;
        if (roundLogins != 1 && logins == 1) {
          logins = roundLogins;
        }
        unauthorized += server.unauthorized() - unauthorizedBefore;
        System.out.printf(Locale.ROOT,
            "   %s: %d login(s), p50 %s, p99 %s, max %s from the common release; last thread woke at %s; p99 from each call's own start %s%n",
            round == 0 ? "warm-up round" : "round " + round, roundLogins, ms(Stats.median(latencies)),
            ms(Stats.percentile(latencies, 99)), ms(Stats.percentile(latencies, 100)), ms(burst.lastWake()),
            ms(Stats.percentile(burst.fromStart(), 99)));
        if (round > 0) {
          p99s[round - 1] = Stats.percentile(latencies, 99);
        }
      }
      long p99 = Stats.median(p99s);
      System.out.printf(Locale.ROOT, "   baseline: one login (%d ms on the server) + one call by hand, median of %d: %s%n",
          LOGIN_DELAY.toMillis(), roundTrips.length, ms(baseline));
      checks.add(Check.exactly("storm: logins for " + STORM_CALLERS + " callers on an expired token", logins, 1));
      checks.add(Check.exactly("storm: calls answered 401", unauthorized, 0));
      checks.add(Check.atMost("storm: p99 vs one login + one call (ms)" + (rounds > 1 ? ", median of " + rounds + " rounds" : ""),
          ms(baseline), ms(p99), (double) p99 / baseline, STORM_TARGET, STORM_THRESHOLD));
      checks.add(Check.info("storm, for reference: p99 of " + STORM_CALLERS + " calls at once on a valid token (ms)",
          ms(rawBurst), ms(sdkBurst), (double) sdkBurst / rawBurst));
      base.dispatcher().executorService().shutdown();
      base.connectionPool().evictAll();
    }
  }

  private static <T> T ok(retrofit2.Response<T> response) throws IOException {
    T body = response.body();
    if (!response.isSuccessful() || body == null) {
      throw new IOException("HTTP " + response.code());
    }
    return body;
  }

  // ---------------------------------------------------------------- proactive refresh soak

  /** Records refresh intervals (login start to success) on the client side. */
  static final class RefreshLog implements TokenListener {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<long[]> intervals = new ArrayList<>();
    private final List<Long> loginCpuNanos = new ArrayList<>();
    private final AtomicInteger proactive = new AtomicInteger();
    private final AtomicInteger expired = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private long startedAt;

    @Override
    public synchronized void loginStarted(Reason reason) {
      startedAt = System.nanoTime();
      switch (reason) {
        case PROACTIVE:
          proactive.incrementAndGet();
          break;
        case EXPIRED:
          expired.incrementAndGet();
          break;
        default:
          rejected.incrementAndGet();
      }
    }

    @Override
    public synchronized void loginSucceeded(String fingerprint, Duration latency) {
      intervals.add(new long[] {startedAt, System.nanoTime()});
      // Called on the login's own thread, new for each login (the SDK's default), so this is the whole login's CPU.
      if (THREADS.isCurrentThreadCpuTimeSupported()) {
        loginCpuNanos.add(THREADS.getCurrentThreadCpuTime());
      }
    }

    @Override
    public synchronized void loginFailed(Exception failure, boolean fin) {
      failed.incrementAndGet();
      intervals.add(new long[] {startedAt, System.nanoTime()});
    }

    synchronized void reset() {
      intervals.clear();
      loginCpuNanos.clear();
      proactive.set(0);
      expired.set(0);
      rejected.set(0);
      failed.set(0);
    }

    synchronized long[] loginCpuMicros() {
      return loginCpuNanos.stream().mapToLong(nanos -> nanos / 1_000).toArray();
    }

    synchronized long[][] intervals() {
      long[] starts = new long[intervals.size()];
      long[] ends = new long[intervals.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = intervals.get(i)[0];
        ends[i] = intervals.get(i)[1];
      }
      return new long[][] {starts, ends};
    }
  }

  private void soak() throws Exception {
    long target = quick ? 20_000 : 100_000;
    // Each refresh overlaps about a tenth of a second of calls, so the p99 of calls during refreshes rests on a few
    // dozen calls per refresh: 6.5 s (five refreshes) read 0.72-2.08 on the same code, 20 s (about 15) 1.25-1.52,
    // 60 s (about 45) 1.24-1.43. The short mode soaks 20 s so that CI's 2.5x threshold sits far from its noise.
    long minNanos = TimeUnit.MILLISECONDS.toNanos(quick ? 20_000 : 60_000);
    long maxNanos = TimeUnit.SECONDS.toNanos(quick ? 25 : 300);
    try (LoopbackVoipbin server = LoopbackVoipbin.start()) {
      server.loginDelay(LOGIN_DELAY);
      OkHttpClient base = Fixtures.base(SOAK_THREADS);
      // JIT warm-up on a long-lived token, so compilation does not land in either group.
      CallsApi warm = Fixtures.sdk(server.baseUrl(), base, logLevel, TokenListener.NONE).create(CallsApi.class);
      long warmUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3000);
      runFor(SOAK_THREADS, () -> ok(warm.getCall(Fixtures.CALL_ID).execute()), c -> System.nanoTime() > warmUntil);

      server.lifetime(SOAK_LIFETIME);
      RefreshLog log = new RefreshLog();
      CallsApi calls = Fixtures.sdk(server.baseUrl(), base, logLevel, log).create(CallsApi.class);
      ok(calls.getCall(Fixtures.CALL_ID).execute()); // the first login is not a refresh
      log.reset();
      int unauthorizedBefore = server.unauthorized();
      int loginsBefore = server.logins();
      long start = System.nanoTime();
      AtomicLong done = new AtomicLong();
      long[][][] samples = runFor(SOAK_THREADS, () -> ok(calls.getCall(Fixtures.CALL_ID).execute()), c -> {
        long elapsed = System.nanoTime() - start;
        return (done.incrementAndGet() > target && elapsed >= minNanos) || elapsed >= maxNanos;
      });
      long elapsed = System.nanoTime() - start;
      int unauthorized = server.unauthorized() - unauthorizedBefore;
      int logins = server.logins() - loginsBefore;
      long[][] refreshes = log.intervals();
      Stats.WindowSplit split = Stats.splitByWindows(samples, refreshes[0], refreshes[1], SOAK_CONTROL_OFFSET.toNanos());
      long[] during = split.during;
      long[] without = split.without();
      long total = during.length + without.length;
      System.out.printf(Locale.ROOT,
          "   %,d calls on %d threads in %.1f s, token lifetime %d s: %d logins (%d proactive, %d on expiry, %d after a 401,"
              + " %d failed), %d answered 401; %,d calls overlapped a refresh%n",
          total, SOAK_THREADS, elapsed / 1e9, SOAK_LIFETIME.toSeconds(), logins, log.proactive.get(), log.expired.get(),
          log.rejected.get(), log.failed.get(), unauthorized, during.length);
      checks.add(Check.exactly("soak: calls answered 401 (" + String.format(Locale.ROOT, "%,d", total) + " calls)", unauthorized, 0));
      checks.add(Check.info("soak: proactive refreshes / logins on expiry", "-", log.proactive.get() + " / " + log.expired.get(), null));
      if (during.length == 0 || without.length == 0) {
        checks.add(Check.exactly("soak: refreshes seen during the soak", log.proactive.get(), -1));
      } else {
        long p99During = Stats.percentile(during, 99);
        long p99Without = Stats.percentile(without, 99);
        System.out.printf(Locale.ROOT, "   p50 without %s, during %s; p99 without %s, during %s%n",
            ms(Stats.median(without)), ms(Stats.median(during)), ms(p99Without), ms(p99During));
        checks.add(Check.atMost("soak: p99 during refreshes vs without (ms)", ms(p99Without), ms(p99During),
            (double) p99During / p99Without, SOAK_TARGET, SOAK_THRESHOLD));
        if (split.control.length > 0 && split.rest.length > 0) {
          long p99Control = Stats.percentile(split.control, 99);
          long p99Rest = Stats.percentile(split.rest, 99);
          System.out.printf(Locale.ROOT, "   control: %,d calls in windows %d ms off the refreshes, p99 %s against %s for the rest%n",
              split.control.length, SOAK_CONTROL_OFFSET.toMillis(), ms(p99Control), ms(p99Rest));
          checks.add(Check.info("soak, control: p99 in windows " + SOAK_CONTROL_OFFSET.toMillis()
                  + " ms off the refreshes vs the rest (ms)", ms(p99Rest), ms(p99Control), (double) p99Control / p99Rest));
        }
      }
      long[] loginCpu = log.loginCpuMicros();
      if (loginCpu.length > 0) {
        checks.add(Check.info("soak: client CPU per refresh, login thread (us, median of " + loginCpu.length + ")", "-",
            Long.toString(Stats.median(loginCpu)), null));
      }
      base.dispatcher().executorService().shutdown();
      base.connectionPool().evictAll();
    }
  }

  /**
   * Runs {@code call} in a loop on {@code n} threads until {@code stop} says so; returns per thread the start and
   * end times of every call ([thread][0 = start, 1 = end][call]).
   */
  private static long[][][] runFor(int n, InterleavedOverhead.Call call, java.util.function.LongPredicate stop) throws Exception {
    long[][][] samples = new long[n][][];
    AtomicInteger failures = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      int index = t;
      Thread thread = new Thread(() -> {
        long[] starts = new long[1 << 14];
        long[] ends = new long[1 << 14];
        int count = 0;
        while (true) {
          long t0 = System.nanoTime();
          try {
            call.run();
          } catch (Exception e) {
            if (failures.getAndIncrement() == 0) {
              System.err.println("   a call failed: " + e);
            }
          }
          long t1 = System.nanoTime();
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
          }
          starts[count] = t0;
          ends[count] = t1;
          count++;
          if (stop.test(t1)) {
            break;
          }
        }
        samples[index] = new long[][] {Arrays.copyOf(starts, count), Arrays.copyOf(ends, count)};
      }, "bench-soak-" + t);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (failures.get() > 0) {
      throw new IllegalStateException(failures.get() + " calls failed");
    }
    return samples;
  }

  // ---------------------------------------------------------------- cold start

  private void coldStart() throws Exception {
    int reps = quick ? 3 : 7;
    try (LoopbackVoipbin server = LoopbackVoipbin.start()) {
      Map<String, long[]> wall = new HashMap<>();
      Map<String, long[]> uptime = new HashMap<>();
      for (String side : new String[] {"raw", "sdk"}) {
        wall.put(side, new long[reps]);
        uptime.put(side, new long[reps]);
      }
      for (int rep = 0; rep < reps; rep++) {
        for (String side : rep % 2 == 0 ? new String[] {"raw", "sdk"} : new String[] {"sdk", "raw"}) {
          long t0 = System.nanoTime();
          long[] marked = {-1};
          long[] up = {-1};
          ChildJvm.run(List.of(), ColdStart.class, List.of(side, server.baseUrl()), line -> {
            if (line.equals(ColdStart.DONE)) {
              marked[0] = System.nanoTime() - t0;
            } else if (line.startsWith("uptime-ms ")) {
              up[0] = Long.parseLong(line.substring("uptime-ms ".length()));
            } else {
              return false;
            }
            return true;
          });
          if (marked[0] < 0) {
            throw new IllegalStateException("cold-start child (" + side + ") never printed " + ColdStart.DONE);
          }
          wall.get(side)[rep] = marked[0];
          uptime.get(side)[rep] = up[0];
        }
      }
      long raw = Stats.median(wall.get("raw"));
      long sdk = Stats.median(wall.get("sdk"));
      System.out.printf(Locale.ROOT,
          "   process start to first authenticated call, median of %d: raw %s, sdk %s (JVM uptime at that moment: raw %d ms, sdk %d ms)%n",
          reps, ms(raw), ms(sdk), Stats.median(uptime.get("raw")), Stats.median(uptime.get("sdk")));
      checks.add(Check.info("cold start: process start to first authenticated call (ms, median of " + reps + ")",
          ms(raw), ms(sdk), (double) sdk / raw));
    }
  }

  // ---------------------------------------------------------------- footprint

  private void footprint() throws Exception {
    Path root = Paths.get(System.getProperty("bench.root", "."));
    for (String module : new String[] {"vobiz-client", "voipbin-client", "zipteams-client"}) {
      String figure;
      try {
        long[] bytes = classpathBytes(root, module);
        figure = bytes == null ? "n/a (run ./mvnw -B verify)" : String.format(Locale.ROOT, "%,d bytes (%.2f MiB, %d jars)",
            bytes[0], bytes[0] / 1048576.0, bytes[1]);
      } catch (IOException e) {
        figure = "n/a (" + e.getMessage() + ")";
      }
      checks.add(Check.info("footprint: runtime classpath, " + module, "-", figure, null));
      System.out.println("   runtime classpath " + module + ": " + figure);
    }
    int n = quick ? 200 : 1000;
    long okhttp = retainedPerInstance(OkHttpClient::new, n);
    System.out.printf(Locale.ROOT, "   heap of one idle new OkHttpClient() (the baseline, estimate): ~%,d B%n", okhttp);
    String baseline = String.format(Locale.ROOT, "~%,d B (an OkHttpClient)", okhttp);
    OkHttpClient shared = new OkHttpClient();
    heap("voipbin-client", baseline, n,
        () -> VoipbinClient.builder().credentials(VoipbinCredentials.password("alice@example.com", "pw-not-secret")).build(),
        () -> VoipbinClient.builder().okHttpClient(shared)
            .credentials(VoipbinCredentials.password("alice@example.com", "pw-not-secret")).build());
    heap("vobiz-client", baseline, n,
        () -> VobizClient.builder().credentials(VobizCredentials.partner("PA_XY123456", "token-not-secret")).build(),
        () -> VobizClient.builder().okHttpClient(shared)
            .credentials(VobizCredentials.partner("PA_XY123456", "token-not-secret")).build());
    heap("zipteams-client", baseline, n,
        () -> ZipteamsClient.builder().credentials(ZipteamsCredentials.partner("key", "secret", "tenant", "team")).build(),
        () -> ZipteamsClient.builder().okHttpClient(shared)
            .credentials(ZipteamsCredentials.partner("key", "secret", "tenant", "team")).build());
  }

  private void heap(String module, String baseline, int n, Supplier<Object> own, Supplier<Object> sharing) {
    long ownBytes = retainedPerInstance(own, n);
    long sharedBytes = retainedPerInstance(sharing, n);
    String figure = String.format(Locale.ROOT, "~%,d B own OkHttpClient; ~%,d B sharing one", ownBytes, sharedBytes);
    System.out.println("   heap of one idle " + module + " (estimate, " + n + " clients, median of 3): " + figure);
    checks.add(Check.info("footprint: heap of one idle client, " + module, baseline, figure, null));
  }

  /** Builds {@code n} instances, forces GC, and divides the used-heap growth by {@code n}; median of three. */
  static long retainedPerInstance(Supplier<Object> factory, int n) {
    Reference.reachabilityFence(factory.get()); // load classes and create shared singletons first
    long[] estimates = new long[3];
    for (int r = 0; r < estimates.length; r++) {
      long before = usedHeapAfterGc();
      Object[] keep = new Object[n];
      for (int i = 0; i < n; i++) {
        keep[i] = factory.get();
      }
      long after = usedHeapAfterGc();
      Reference.reachabilityFence(keep);
      estimates[r] = (after - before) / n;
    }
    return Stats.median(estimates);
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(30);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Bytes and entry count of a vendor module's runtime classpath plus its own jar, or null if it was not built. */
  static long[] classpathBytes(Path root, String module) throws IOException {
    Path list = root.resolve(module).resolve("target/runtime-classpath.txt");
    Path target = root.resolve(module).resolve("target");
    if (!Files.isRegularFile(list)) {
      return null;
    }
    Path own;
    try (Stream<Path> files = Files.list(target)) {
      own = files
          .filter(p -> {
            String name = p.getFileName().toString();
            return name.startsWith(module + "-") && name.endsWith(".jar")
                && !name.contains("sources") && !name.contains("javadoc") && !name.contains("tests");
          })
          .findFirst()
          .orElse(null);
    }
    if (own == null) {
      return null;
    }
    List<Path> entries = new ArrayList<>();
    for (String entry : Files.readString(list).trim().split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(Paths.get(entry));
      }
    }
    entries.add(own);
    long total = 0;
    for (Path entry : entries) {
      total += size(entry);
    }
    return new long[] {total, entries.size()};
  }

  private static long size(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return Files.size(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  // ---------------------------------------------------------------- machine

  static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
  }

  private static String machine() {
    long memory = -1;
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          memory = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return String.format(Locale.ROOT, "machine: %d cores, %s RAM, %s %s (%s), %s %s",
        Runtime.getRuntime().availableProcessors(), memory < 0 ? "?" : String.format(Locale.ROOT, "%,d MiB", memory),
        System.getProperty("java.vm.name"), System.getProperty("java.vm.version"), System.getProperty("java.vendor"),
        System.getProperty("os.name"), System.getProperty("os.arch"));
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Paths.get("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2] + " (1/5/15 min)";
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }
}
