package io.cpaaskit.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-call overhead measured with the two sides interleaved call by call: every thread makes one raw call, then one
 * SDK call, then a raw one again, on the same server and connection pool, timing each. Over a slice of time the
 * throughput ratio is the ratio of the two mean latencies (a closed-loop caller's throughput is the inverse of its
 * mean latency); the figure is the median over many slices.
 *
 * <p>Why not only JMH forks, or alternating blocks: on a shared 2-core virtual machine throughput drifts by 30 %
 * between JMH iterations, and even two 250 ms blocks of the same raw call differ by ±10 %. Calls a few microseconds
 * apart see the same machine, so the noise hits both sides alike.
 */
final class InterleavedOverhead {
  /** One side's work: one call. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  /**
   * What a measurement found.
   *
   * @param rawOps throughput of the raw side at this concurrency (threads ÷ mean latency), median over the slices
   * @param sdkOps the same for the SDK side
   * @param ratio median over the slices of the throughput ratio sdk/raw
   * @param lowerQuartile lower quartile of the slice ratios
   * @param upperQuartile upper quartile of the slice ratios
   * @param slices how many slices were measured
   * @param callsPerSide calls measured per side, over all slices
   */
  record Result(double rawOps, double sdkOps, double ratio, double lowerQuartile, double upperQuartile, int slices,
      long callsPerSide) {
    /** The spread of the slice ratios: the interquartile range relative to the median. */
    double spread() {
      return ratio == 0 ? 0 : (upperQuartile - lowerQuartile) / ratio;
    }
  }

  /** The totals of one slice. */
  record Slice(long rawCalls, long rawNanos, long sdkCalls, long sdkNanos) {
    double rawOps(int threads) {
      return threads * 1e9 * rawCalls / rawNanos;
    }

    double sdkOps(int threads) {
      return threads * 1e9 * sdkCalls / sdkNanos;
    }

    /** The SDK's throughput over the raw side's: the raw mean latency over the SDK's. */
    double ratio() {
      return ((double) rawNanos / rawCalls) / ((double) sdkNanos / sdkCalls);
    }
  }

  private InterleavedOverhead() {}

  /**
   * Warms both sides up and measures them.
   *
   * @param raw the baseline call
   * @param sdk the SDK call
   * @param threads how many threads call at once
   * @param warmCalls calls per side on one thread first, so the JIT compiles both paths while it has a core
   * @param slice how long one slice lasts
   * @param slices how many slices to measure
   * @return the result
   * @throws Exception if a call fails
   */
  static Result measure(Call raw, Call sdk, int threads, int warmCalls, Duration slice, int slices) throws Exception {
    return summarize(measureSlices(raw, sdk, threads, warmCalls, slice, slices), threads);
  }

  /**
   * Warms both sides up and returns each measured slice, for a caller that pools the slices of several JVMs.
   *
   * @param raw the baseline call
   * @param sdk the SDK call
   * @param threads how many threads call at once
   * @param warmCalls calls per side on one thread first, so the JIT compiles both paths while it has a core
   * @param slice how long one slice lasts
   * @param slices how many slices to measure
   * @return the measured slices, in order
   * @throws Exception if a call fails
   */
  static Slice[] measureSlices(Call raw, Call sdk, int threads, int warmCalls, Duration slice, int slices)
      throws Exception {
    for (int i = 0; i < warmCalls; i++) {
      raw.run();
      sdk.run();
    }
    slice(raw, sdk, threads, slice); // unmeasured: connections for every thread, the JIT's view of the contended paths
    Slice[] measured = new Slice[slices];
    for (int s = 0; s < slices; s++) {
      measured[s] = slice(raw, sdk, threads, slice);
    }
    return measured;
  }

  /** Medians and quartiles of measured slices (package-private for tests). */
  static Result summarize(Slice[] slices, int threads) {
    if (slices.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    double[] rawOps = new double[slices.length];
    double[] sdkOps = new double[slices.length];
    double[] ratios = new double[slices.length];
    long calls = 0;
    for (int i = 0; i < slices.length; i++) {
      rawOps[i] = slices[i].rawOps(threads);
      sdkOps[i] = slices[i].sdkOps(threads);
      ratios[i] = slices[i].ratio();
      calls += slices[i].sdkCalls();
    }
    Arrays.sort(ratios);
    return new Result(Stats.median(rawOps), Stats.median(sdkOps), Stats.quantile(ratios, 0.5),
        Stats.quantile(ratios, 0.25), Stats.quantile(ratios, 0.75), slices.length, calls);
  }

  /**
   * Runs both sides on {@code threads} threads until {@code length} has passed, each thread alternating one raw and
   * one SDK call (half the threads start with the SDK side, so neither always runs second).
   */
  private static Slice slice(Call raw, Call sdk, int threads, Duration length) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(threads);
    LongAdder rawCalls = new LongAdder();
    LongAdder rawNanos = new LongAdder();
    LongAdder sdkCalls = new LongAdder();
    LongAdder sdkNanos = new LongAdder();
    AtomicReference<Exception> failure = new AtomicReference<>();
    long[] deadline = new long[1];
    for (int t = 0; t < threads; t++) {
      boolean sdkFirst = t % 2 == 1;
      Thread thread = new Thread(() -> {
        try {
          start.await();
          long rawSum = 0;
          long sdkSum = 0;
          long pairs = 0;
          while (System.nanoTime() < deadline[0]) {
            long t0 = System.nanoTime();
            (sdkFirst ? sdk : raw).run();
            long t1 = System.nanoTime();
            (sdkFirst ? raw : sdk).run();
            long t2 = System.nanoTime();
            rawSum += sdkFirst ? t2 - t1 : t1 - t0;
            sdkSum += sdkFirst ? t1 - t0 : t2 - t1;
            pairs++;
          }
          rawCalls.add(pairs);
          rawNanos.add(rawSum);
          sdkCalls.add(pairs);
          sdkNanos.add(sdkSum);
        } catch (Exception e) {
          failure.compareAndSet(null, e);
        } finally {
          done.countDown();
        }
      }, "overhead-caller-" + t);
      thread.setDaemon(true);
      thread.start();
    }
    deadline[0] = System.nanoTime() + length.toNanos(); // published to the callers by the latch
    start.countDown();
    if (!done.await(length.toMillis() + 60_000, TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("a slice of calls did not finish within a minute of its end");
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    if (sdkCalls.sum() == 0) {
      throw new IllegalStateException("no call completed within a slice of " + length.toMillis() + " ms");
    }
    return new Slice(rawCalls.sum(), rawNanos.sum(), sdkCalls.sum(), sdkNanos.sum());
  }
}
