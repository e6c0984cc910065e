package io.cpaaskit.benchmarks;

import java.util.Locale;

/**
 * One row of the results table: a figure, the baseline it is compared with, the target the issue sets and the wider,
 * noise-tolerant threshold below which the run fails.
 *
 * <p>Verdicts: {@code PASS} (target met), {@code MISS} (target missed, threshold met: noise or a real regression to
 * look at on a quiet machine), {@code FAIL} (threshold missed: the harness exits 1, noisy or not), {@code NOISY}
 * (target missed within the threshold while the repeated measurements disagreed too much to tell), {@code INFO}
 * (reported, no target).
 */
record Check(String name, String baseline, String ours, Double ratio, Goal goal, double target, double threshold,
    boolean noisy) {
  /** Which way a figure is good. */
  enum Goal {
    /** The figure must be at least the target (throughput ratios). */
    AT_LEAST,
    /** The figure must be at most the target (latency ratios). */
    AT_MOST,
    /** The figure must equal the target exactly (counts); target and threshold are the same. */
    EXACTLY,
    /** Reported only. */
    NONE
  }

  /** What a row concluded. */
  enum Verdict {
    PASS,
    MISS,
    FAIL,
    NOISY,
    INFO
  }

  static Check atLeast(String name, String baseline, String ours, double ratio, double target, double threshold) {
    return new Check(name, baseline, ours, ratio, Goal.AT_LEAST, target, threshold, false);
  }

  /** Marks a figure whose repeated runs disagreed by more than the noise limit. */
  Check noisy(boolean noisy) {
    return new Check(name, baseline, ours, ratio, goal, target, threshold, noisy);
  }

  static Check atMost(String name, String baseline, String ours, double ratio, double target, double threshold) {
    return new Check(name, baseline, ours, ratio, Goal.AT_MOST, target, threshold, false);
  }

  static Check exactly(String name, long value, long expected) {
    return new Check(name, "-", Long.toString(value), (double) value, Goal.EXACTLY, expected, expected, false);
  }

  static Check info(String name, String baseline, String ours, Double ratio) {
    return new Check(name, baseline, ours, ratio, Goal.NONE, Double.NaN, Double.NaN, false);
  }

  Verdict verdict() {
    Verdict strict = strictVerdict();
    // Noise excuses a missed target, never a missed threshold: a wide regression fails however busy the machine was.
    return noisy && strict == Verdict.MISS ? Verdict.NOISY : strict;
  }

  private Verdict strictVerdict() {
    switch (goal) {
      case AT_LEAST:
        return ratio >= target ? Verdict.PASS : ratio >= threshold ? Verdict.MISS : Verdict.FAIL;
      case AT_MOST:
        return ratio <= target ? Verdict.PASS : ratio <= threshold ? Verdict.MISS : Verdict.FAIL;
      case EXACTLY:
        return ratio == target ? Verdict.PASS : Verdict.FAIL;
      default:
        return Verdict.INFO;
    }
  }

  String ratioText() {
    if (ratio == null) {
      return "-";
    }
    return goal == Goal.EXACTLY ? "-" : String.format(Locale.ROOT, "%.2f", ratio);
  }

  String targetText() {
    return bound(target);
  }

  String thresholdText() {
    return bound(threshold);
  }

  private String bound(double value) {
    switch (goal) {
      case AT_LEAST:
        return String.format(Locale.ROOT, ">= %.2f", value);
      case AT_MOST:
        return String.format(Locale.ROOT, "<= %.2f", value);
      case EXACTLY:
        return String.format(Locale.ROOT, "= %d", (long) value);
      default:
        return "-";
    }
  }
}
