package io.cpaaskit.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-call overhead measured as interleaved pairs in one JVM: a short block of raw calls, then a block of SDK calls
 * (the order alternating from pair to pair), on the same threads, server and connection pool, many times; the figure
 * is the median of the per-pair throughput ratios.
 *
 * <p>Why not only JMH forks: on a shared 2-core virtual machine the throughput of one fork drifts by 30 % between
 * iterations (steal time, neighbours), and forks run minutes apart, so a 5 % difference drowns. Paired blocks a
 * fraction of a second apart see the same machine, and the median discards the pairs a burst of noise hit.
 */
final class PairedOverhead {
  /** One side's work: one call. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  /**
   * What a measurement found.
   *
   * @param rawOps median throughput of the raw blocks (calls/s)
   * @param sdkOps median throughput of the SDK blocks (calls/s)
   * @param ratio median of the per-pair ratios sdk/raw
   * @param lowerQuartile lower quartile of the per-pair ratios
   * @param upperQuartile upper quartile of the per-pair ratios
   * @param pairs how many pairs were measured
   */
  record Result(double rawOps, double sdkOps, double ratio, double lowerQuartile, double upperQuartile, int pairs) {
    /** The spread of the per-pair ratios: the interquartile range relative to the median. */
    double spread() {
      return ratio == 0 ? 0 : (upperQuartile - lowerQuartile) / ratio;
    }
  }

  private PairedOverhead() {}

  /**
   * Warms both sides up and measures them.
   *
   * @param raw the baseline call
   * @param sdk the SDK call
   * @param threads how many threads call at once
   * @param warmCalls calls per side on one thread first, so the JIT compiles both paths while it has a core
   * @param block how long one block of one side lasts
   * @param pairs how many pairs to measure
   * @return the result
   * @throws Exception if a call fails
   */
  static Result measure(Call raw, Call sdk, int threads, int warmCalls, Duration block, int pairs) throws Exception {
    for (int i = 0; i < warmCalls; i++) {
      raw.run();
      sdk.run();
    }
    // One unmeasured pair on all threads: connections for every thread, and the JIT's view of the contended paths.
    block(raw, threads, block);
    block(sdk, threads, block);
    double[] rawOps = new double[pairs];
    double[] sdkOps = new double[pairs];
    double[] ratios = new double[pairs];
    for (int p = 0; p < pairs; p++) {
      if (p % 2 == 0) {
        rawOps[p] = block(raw, threads, block);
        sdkOps[p] = block(sdk, threads, block);
      } else {
        sdkOps[p] = block(sdk, threads, block);
        rawOps[p] = block(raw, threads, block);
      }
      ratios[p] = sdkOps[p] / rawOps[p];
    }
    return summarize(rawOps, sdkOps, ratios);
  }

  /** Medians and quartiles of measured pairs (package-private for tests). */
  static Result summarize(double[] rawOps, double[] sdkOps, double[] ratios) {
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    return new Result(Stats.median(rawOps), Stats.median(sdkOps), Stats.median(ratios), quantile(sorted, 0.25),
        quantile(sorted, 0.75), ratios.length);
  }

  /** Linear interpolation between the closest ranks of a sorted sample. */
  static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
  }

  /** Runs {@code call} on {@code threads} threads in a closed loop for {@code length}; returns calls per second. */
  private static double block(Call call, int threads, Duration length) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(threads);
    LongAdder calls = new LongAdder();
    AtomicReference<Exception> failure = new AtomicReference<>();
    long[] deadline = new long[1];
    for (int t = 0; t < threads; t++) {
      Thread thread = new Thread(() -> {
        try {
          start.await();
          while (System.nanoTime() < deadline[0]) {
            call.run();
            calls.increment();
          }
        } catch (Exception e) {
          failure.compareAndSet(null, e);
        } finally {
          done.countDown();
        }
      }, "overhead-caller-" + t);
      thread.setDaemon(true);
      thread.start();
    }
    long t0 = System.nanoTime();
    deadline[0] = t0 + length.toNanos(); // published to the callers by the latch
    start.countDown();
    if (!done.await(length.toMillis() + 60_000, TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("a block of calls did not finish within a minute of its end");
    }
    long elapsed = System.nanoTime() - t0;
    if (failure.get() != null) {
      throw failure.get();
    }
    return calls.sum() * 1e9 / elapsed;
  }
}
