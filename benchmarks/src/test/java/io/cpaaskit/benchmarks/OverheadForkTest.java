package io.cpaaskit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OverheadForkTest {
  @Test
  void aSliceLineReadsBackAsTheSameCaseAndTotals() {
    OverheadFork.Case post16 = new OverheadFork.Case("POST", 16);
    InterleavedOverhead.Slice slice = new InterleavedOverhead.Slice(12_345, 6_789_012_345L, 12_345, 7_001_002_003L);
    OverheadFork.Parsed parsed = OverheadFork.parse(OverheadFork.line(post16, slice));
    assertThat(parsed.c()).isEqualTo(post16);
    assertThat(parsed.slice()).isEqualTo(slice);
  }

  @Test
  void otherOutputIsLeftAloneAndABrokenSliceLineIsRejected() {
    assertThat(OverheadFork.parse("WARNING: a JVM message")).isNull();
    assertThat(OverheadFork.parse("SLICES are not slices")).isNull();
    assertThatThrownBy(() -> OverheadFork.parse("SLICE GET 1 10 20")).hasMessage("not a slice line: SLICE GET 1 10 20");
    assertThatThrownBy(() -> OverheadFork.parse("SLICE GET 1 10 x 10 30")).hasMessageContaining("not a slice line");
  }

  @Test
  void everyForkMeasuresBothMethodsOnOneAndOnSixteenThreads() {
    assertThat(OverheadFork.CASES).extracting(OverheadFork.Case::figure).containsExactly(
        "overhead GET, 1 thread (ops/s)", "overhead POST, 1 thread (ops/s)", "overhead GET, 16 threads (ops/s)",
        "overhead POST, 16 threads (ops/s)");
  }
}
