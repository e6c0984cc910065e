package io.cpaaskit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InterleavedOverheadTest {
  @Test
  void aSliceRatioIsTheRawMeanLatencyOverTheSdkMeanLatency() {
    InterleavedOverhead.Slice slice = new InterleavedOverhead.Slice(1000, 50_000_000, 1000, 52_000_000);
    assertThat(slice.ratio()).isCloseTo(50.0 / 52.0, within(1e-12));
    assertThat(slice.rawOps(16)).isCloseTo(16 * 1e9 / 50_000, within(1e-6)); // 16 callers, 50 us each
  }

  @Test
  void theFigureIsTheMedianSliceRatioSoOneDisturbedSliceDoesNotMoveIt() {
    InterleavedOverhead.Slice[] slices = {
      slice(100, 96), slice(100, 95), slice(100, 97), slice(100, 94), slice(100, 20) // a burst hit the last one
    };
    InterleavedOverhead.Result result = InterleavedOverhead.summarize(slices, 1);
    assertThat(result.ratio()).isCloseTo(0.95, within(1e-6));
    assertThat(result.lowerQuartile()).isCloseTo(0.94, within(1e-6));
    assertThat(result.upperQuartile()).isCloseTo(0.96, within(1e-6));
    assertThat(result.spread()).isCloseTo(0.02 / 0.95, within(1e-6));
    assertThat(result.slices()).isEqualTo(5);
    assertThat(result.callsPerSide()).isEqualTo(500);
  }

  @Test
  void quantilesInterpolateBetweenRanks() {
    double[] sorted = {1, 2, 3, 4};
    assertThat(Stats.quantile(sorted, 0)).isEqualTo(1);
    assertThat(Stats.quantile(sorted, 0.5)).isEqualTo(2.5);
    assertThat(Stats.quantile(sorted, 1)).isEqualTo(4);
    assertThatThrownBy(() -> Stats.quantile(new double[0], 0.5)).hasMessage("no samples");
  }

  @Test
  void bothSidesAreCalledEquallyOftenAndAFailingCallEndsTheMeasurementWithItsException() throws Exception {
    AtomicInteger raw = new AtomicInteger();
    AtomicInteger sdk = new AtomicInteger();
    InterleavedOverhead.Result result = InterleavedOverhead.measure(raw::incrementAndGet, sdk::incrementAndGet, 2, 3,
        Duration.ofMillis(20), 2);
    assertThat(raw.get()).isEqualTo(sdk.get()).isGreaterThan(3);
    assertThat(result.callsPerSide()).isPositive();
    assertThatThrownBy(() -> InterleavedOverhead.measure(() -> {}, () -> {
      if (sdk.incrementAndGet() > 3) {
        throw new IllegalStateException("sdk call failed");
      }
    }, 2, 3, Duration.ofMillis(20), 2)).hasMessage("sdk call failed");
  }

  /** A slice of 100 calls per side: raw at 1 ms each, the SDK at the mean that gives {@code percent} % of it. */
  private static InterleavedOverhead.Slice slice(int rawPercent, int sdkPercent) {
    long rawNanos = 100 * 1_000_000L * 100 / rawPercent;
    long sdkNanos = 100 * 1_000_000L * 100 / sdkPercent;
    return new InterleavedOverhead.Slice(100, rawNanos, 100, sdkNanos);
  }
}
