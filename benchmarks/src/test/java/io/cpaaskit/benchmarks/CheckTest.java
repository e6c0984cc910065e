package io.cpaaskit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckTest {
  @Test
  void throughputRatiosPassAtTheTargetMissDownToTheThresholdAndFailBelow() {
    assertThat(ratio(0.95).verdict()).isEqualTo(Check.Verdict.PASS);
    assertThat(ratio(1.20).verdict()).isEqualTo(Check.Verdict.PASS);
    assertThat(ratio(0.94).verdict()).isEqualTo(Check.Verdict.MISS);
    assertThat(ratio(0.80).verdict()).isEqualTo(Check.Verdict.MISS);
    assertThat(ratio(0.79).verdict()).isEqualTo(Check.Verdict.FAIL);
  }

  @Test
  void latencyRatiosPassUpToTheTargetMissUpToTheThresholdAndFailAbove() {
    assertThat(latency(2.0).verdict()).isEqualTo(Check.Verdict.PASS);
    assertThat(latency(2.5).verdict()).isEqualTo(Check.Verdict.MISS);
    assertThat(latency(3.0).verdict()).isEqualTo(Check.Verdict.MISS);
    assertThat(latency(3.01).verdict()).isEqualTo(Check.Verdict.FAIL);
  }

  @Test
  void countsAreExactAndInformationalRowsNeverFail() {
    assertThat(Check.exactly("logins", 1, 1).verdict()).isEqualTo(Check.Verdict.PASS);
    assertThat(Check.exactly("logins", 2, 1).verdict()).isEqualTo(Check.Verdict.FAIL);
    assertThat(Check.exactly("401s", 0, 0).verdict()).isEqualTo(Check.Verdict.PASS);
    assertThat(Check.exactly("401s", 1, 0).verdict()).isEqualTo(Check.Verdict.FAIL);
    assertThat(Check.info("cold start", "300", "400", 1.33).verdict()).isEqualTo(Check.Verdict.INFO);
  }

  @Test
  void noiseExcusesAMissedTargetButNeverAMissedThresholdAndCountsStayExact() {
    assertThat(ratio(0.50).noisy(true).verdict()).isEqualTo(Check.Verdict.FAIL);
    assertThat(ratio(0.90).noisy(true).verdict()).isEqualTo(Check.Verdict.NOISY);
    assertThat(ratio(0.97).noisy(true).verdict()).isEqualTo(Check.Verdict.PASS);
    assertThat(Check.exactly("logins", 2, 1).noisy(true).verdict()).isEqualTo(Check.Verdict.FAIL);
    assertThat(Harness.spread(new double[] {8000, 10000})).isEqualTo(0.2);
    assertThat(Harness.spread(new double[] {10000, 10000})).isZero();
    assertThat(Harness.NOISE_LIMIT).isEqualTo(0.20);
  }

  @Test
  void theHarnessThresholdsAreTheStatedOnes() {
    assertThat(Harness.OVERHEAD_TARGET).isEqualTo(0.95);
    assertThat(Harness.OVERHEAD_THRESHOLD).isEqualTo(0.80);
    assertThat(Harness.STORM_TARGET).isEqualTo(2.0);
    assertThat(Harness.STORM_THRESHOLD).isEqualTo(3.0);
    assertThat(Harness.SOAK_TARGET).isEqualTo(1.5);
    assertThat(Harness.SOAK_THRESHOLD).isEqualTo(2.5);
  }

  @Test
  void tableShowsTargetsThresholdsAndVerdicts() {
    String table = Table.render(java.util.List.of(ratio(0.97), latency(3.5), Check.exactly("logins", 1, 1)));
    assertThat(table)
        .contains("| Figure ")
        .contains(">= 0.95").contains(">= 0.80").contains("PASS")
        .contains("<= 2.00").contains("<= 3.00").contains("FAIL")
        .contains("= 1");
    assertThat(table.lines().map(String::length).distinct().count()).isEqualTo(1); // aligned
  }

  private static Check ratio(double value) {
    return Check.atLeast("overhead", "100", "95", value, 0.95, 0.80);
  }

  private static Check latency(double value) {
    return Check.atMost("storm", "100", "200", value, 2.0, 3.0);
  }
}
