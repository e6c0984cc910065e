package io.cpaaskit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void nearestRankPercentiles() {
    long[] hundred = LongStream.rangeClosed(1, 100).toArray();
    assertThat(Stats.percentile(hundred, 99)).isEqualTo(99);
    assertThat(Stats.percentile(hundred, 100)).isEqualTo(100);
    assertThat(Stats.percentile(hundred, 50)).isEqualTo(50);
    assertThat(Stats.percentile(hundred, 0.5)).isEqualTo(1);
  }

  @Test
  void p99Of256SamplesIsTheThirdLargest() {
    long[] samples = LongStream.rangeClosed(1, 256).map(i -> 257 - i).toArray(); // unsorted on purpose
    assertThat(Stats.percentile(samples, 99)).isEqualTo(254);
    assertThat(samples[0]).isEqualTo(256); // not sorted in place
  }

  @Test
  void medianOfAnEvenCountIsTheLowerMiddleAndOfOneSampleThatSample() {
    assertThat(Stats.median(new long[] {4, 1, 3, 2})).isEqualTo(2);
    assertThat(Stats.median(new long[] {7})).isEqualTo(7);
    assertThat(Stats.median(new double[] {0.9, 0.7, 0.8})).isEqualTo(0.8);
  }

  @Test
  void rejectsNoSamplesAndPercentilesOutOfRange() {
    assertThatThrownBy(() -> Stats.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stats.percentile(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stats.percentile(new long[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlapCountsTouchingEndsAndNothingOutside() {
    long[] starts = {100, 300};
    long[] ends = {200, 400};
    assertThat(Stats.overlapsAny(50, 99, starts, ends)).isFalse();
    assertThat(Stats.overlapsAny(50, 100, starts, ends)).isTrue();
    assertThat(Stats.overlapsAny(150, 160, starts, ends)).isTrue();
    assertThat(Stats.overlapsAny(200, 250, starts, ends)).isTrue();
    assertThat(Stats.overlapsAny(201, 299, starts, ends)).isFalse();
    assertThat(Stats.overlapsAny(250, 500, starts, ends)).isTrue();
    assertThat(Stats.overlapsAny(401, 500, starts, ends)).isFalse();
    assertThat(Stats.overlapsAny(1, 2, new long[0], new long[0])).isFalse();
  }

  @Test
  void splitPutsARefreshFirstThenTheControlWindowsEitherSideThenTheRest() {
    // One refresh window [1000, 1100]; control windows at offset 500: [500, 600] and [1500, 1600].
    long[] starts = {1000};
    long[] ends = {1100};
    long[][][] samples = {
      {{1050, 550, 590, 2000}, {1060, 560, 1010, 2003}}, // during (10), control (10), during as well (420), rest (3)
      {{1590, 100, 1601}, {1591, 104, 1700}} // control after (1), rest (4), rest (99)
    };

    Stats.WindowSplit split = Stats.splitByWindows(samples, starts, ends, 500);

    assertThat(split.during).containsExactly(10, 420);
    assertThat(split.control).containsExactly(10, 1);
    assertThat(split.rest).containsExactly(3, 4, 99);
    assertThat(split.without()).containsExactly(10, 1, 3, 4, 99);
  }

  @Test
  void splitRefusesAControlOffsetThatIsNotPositive() {
    assertThatThrownBy(() -> Stats.splitByWindows(new long[0][][], new long[0], new long[0], 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("controlOffset");
  }
}
