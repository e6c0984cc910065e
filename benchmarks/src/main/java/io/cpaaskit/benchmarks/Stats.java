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
}
