package io.cpaaskit.benchmarks;

import java.util.Arrays;

/** Percentiles by the nearest-rank method: the smallest sample with at least p % of the samples at or below it. */
final class Stats {
  private Stats() {}

  /**
   * Returns the p-th percentile of {@code samples} (nearest rank; the array is not modified).
   *
   * @param samples at least one sample
   * @param p in (0, 100]
   * @return the percentile
   */
  static long percentile(long[] samples, double p) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("p must be in (0, 100] but was " + p);
    }
    long[] sorted = samples.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /**
   * Returns the median: the nearest-rank 50th percentile (for an even count, the lower of the two middle samples).
   *
   * @param samples at least one sample
   * @return the median
   */
  static long median(long[] samples) {
    return percentile(samples, 50);
  }

  /**
   * Returns the q-quantile of an already sorted sample, interpolating linearly between the two closest ranks (unlike
   * the nearest-rank methods above, so that quartiles of a few slices move smoothly).
   *
   * @param sorted at least one sample, in ascending order
   * @param q in [0, 1]
   * @return the quantile
   */
  static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
  }

  /**
   * Returns the median of doubles (nearest rank, as {@link #median(long[])}).
   *
   * @param samples at least one sample
   * @return the median
   */
  static double median(double[] samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.ceil(0.5 * sorted.length) - 1];
  }

  /**
   * Returns whether the closed interval [start, end] overlaps any of the intervals [starts[i], ends[i]].
   *
   * @param start the call's start
   * @param end the call's end
   * @param starts interval starts
   * @param ends interval ends, matching {@code starts}
   * @return whether they overlap
   */
  static boolean overlapsAny(long start, long end, long[] starts, long[] ends) {
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] <= end && ends[i] >= start) {
        return true;
      }
    }
    return false;
  }

  /**
   * Call durations split by where each call falls against the refresh windows. {@link #control} holds the calls that
   * overlap no refresh but overlap a refresh window moved by a fixed offset either way: they share the refreshes'
   * timing pattern (and any bias of classifying by overlap) without a login in them, so their p99 against {@link
   * #rest} says how far the estimator reads from 1.0 on its own.
   */
  static final class WindowSplit {
    final long[] during;
    final long[] control;
    final long[] rest;

    private WindowSplit(long[] during, long[] control, long[] rest) {
      this.during = during;
      this.control = control;
      this.rest = rest;
    }

    /** Every call that overlaps no refresh: the control windows' calls and the rest together. */
    long[] without() {
      long[] all = Arrays.copyOf(control, control.length + rest.length);
      System.arraycopy(rest, 0, all, control.length, rest.length);
      return all;
    }
  }

  /**
   * Splits calls by the windows they overlap (closed intervals, as {@link #overlapsAny}).
   *
   * @param samples per thread, the start and end of every call ({@code [thread][0 = start, 1 = end][call]})
   * @param starts refresh window starts
   * @param ends refresh window ends, matching {@code starts}
   * @param controlOffset how far the control windows sit before and after each refresh window (nanoseconds, > 0)
   * @return the durations in each group
   */
  static WindowSplit splitByWindows(long[][][] samples, long[] starts, long[] ends, long controlOffset) {
    if (controlOffset <= 0) {
      throw new IllegalArgumentException("controlOffset must be > 0 but was " + controlOffset);
    }
    long[] controlStarts = new long[starts.length * 2];
    long[] controlEnds = new long[ends.length * 2];
    for (int i = 0; i < starts.length; i++) {
      controlStarts[2 * i] = starts[i] - controlOffset;
      controlEnds[2 * i] = ends[i] - controlOffset;
      controlStarts[2 * i + 1] = starts[i] + controlOffset;
      controlEnds[2 * i + 1] = ends[i] + controlOffset;
    }
    int total = 0;
    for (long[][] thread : samples) {
      total += thread[0].length;
    }
    long[] during = new long[total];
    long[] control = new long[total];
    long[] rest = new long[total];
    int d = 0;
    int c = 0;
    int r = 0;
    for (long[][] thread : samples) {
      for (int i = 0; i < thread[0].length; i++) {
        long start = thread[0][i];
        long end = thread[1][i];
        if (overlapsAny(start, end, starts, ends)) {
          during[d++] = end - start;
        } else if (overlapsAny(start, end, controlStarts, controlEnds)) {
          control[c++] = end - start;
        } else {
          rest[r++] = end - start;
        }
      }
    }
    return new WindowSplit(Arrays.copyOf(during, d), Arrays.copyOf(control, c), Arrays.copyOf(rest, r));
  }
}
