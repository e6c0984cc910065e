package io.cpaaskit.tour;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The tour's output: one progress line per step, a section per vendor, and the summary table. */
final class Report {
  private final PrintStream out;
  private final List<Row> rows = new ArrayList<>();

  Report(PrintStream out) {
    this.out = out;
  }

  /** Starts a vendor's section. */
  Section section(String vendor, String mode, Wire wire) {
    out.println();
    out.println("== " + vendor + " (" + mode + ")");
    return new Section(vendor, mode, wire);
  }

  void line(String text) {
    out.println(text);
  }

  /** Prints the summary table and returns the number of failed steps. */
  int summary() {
    out.println();
    out.println("== Summary");
    String format = "%-9s %-22s %6s %6s %6s %14s %8s %9s%n";
    out.printf(Locale.ROOT, format, "Vendor", "Mode", "Steps", "Calls", "Logins", "401s recovered", "Retries", "Failures");
    int failures = 0;
    for (Row row : rows) {
      out.printf(Locale.ROOT, format, row.vendor, row.mode, row.steps, row.counts.calls(), row.counts.logins(),
          row.counts.recovered401s(), row.counts.retries(), row.failures);
      failures += row.failures;
    }
    out.println();
    out.println(failures == 0 ? "All steps passed." : failures + " step(s) failed.");
    return failures;
  }

  /** A step that may throw. */
  @FunctionalInterface
  interface Action {
    String run() throws Exception;
  }

  /** One vendor's steps. */
  final class Section {
    private final String vendor;
    private final String mode;
    private final Wire wire;
    private int steps;
    private int failures;
    private boolean aborted;

    private Section(String vendor, String mode, Wire wire) {
      this.vendor = vendor;
      this.mode = mode;
      this.wire = wire;
    }

    /**
     * Runs a step and prints its line: what it did and what came back. After a failed step the section's later
     * steps are skipped, since they build on it.
     */
    void step(String title, Action action) {
      if (aborted) {
        return;
      }
      steps++;
      long start = System.nanoTime();
      String detail;
      boolean ok;
      try {
        detail = action.run();
        ok = true;
      } catch (Exception | AssertionError e) {
        detail = e.getClass().getSimpleName() + ": " + e.getMessage();
        ok = false;
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      out.printf(Locale.ROOT, "  [%s] %2d. %-58s %5d ms  %s%n", ok ? " ok " : "FAIL", steps, title, millis,
          detail == null ? "" : detail);
      if (!ok) {
        failures++;
        aborted = true;
        out.println("         the remaining " + vendor + " steps are skipped: they build on this one");
      }
    }

    /** Prints a note under the steps. */
    void note(String text) {
      out.println("         " + text);
    }

    /** Records the section's row of the summary. */
    void end() {
      rows.add(new Row(vendor, mode, steps, wire.counts(), failures));
    }
  }

  private record Row(String vendor, String mode, int steps, Wire.Counts counts, int failures) {}
}
