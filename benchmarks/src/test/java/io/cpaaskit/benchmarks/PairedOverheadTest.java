package io.cpaaskit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PairedOverheadTest {
  @Test
  void theFigureIsTheMedianPairRatioSoOneDisturbedPairDoesNotMoveIt() {
    double[] raw = {1000, 1000, 1000, 1000, 400};
    double[] sdk = {960, 950, 970, 940, 1000}; // the last pair: a burst of noise during its raw block
    double[] ratios = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      ratios[i] = sdk[i] / raw[i];
    }
    PairedOverhead.Result result = PairedOverhead.summarize(raw, sdk, ratios);
    assertThat(result.ratio()).isEqualTo(0.96);
    assertThat(result.lowerQuartile()).isEqualTo(0.95);
    assertThat(result.upperQuartile()).isEqualTo(0.97);
    assertThat(result.spread()).isCloseTo(0.02 / 0.96, within(1e-9));
    assertThat(result.rawOps()).isEqualTo(1000);
    assertThat(result.pairs()).isEqualTo(5);
  }

  @Test
  void quantilesInterpolateBetweenRanks() {
    double[] sorted = {1, 2, 3, 4};
    assertThat(PairedOverhead.quantile(sorted, 0)).isEqualTo(1);
    assertThat(PairedOverhead.quantile(sorted, 0.5)).isEqualTo(2.5);
    assertThat(PairedOverhead.quantile(sorted, 1)).isEqualTo(4);
    assertThatThrownBy(() -> PairedOverhead.quantile(new double[0], 0.5)).hasMessage("no samples");
  }

  @Test
  void aFailingCallEndsTheMeasurementWithItsException() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> PairedOverhead.measure(() -> {}, () -> {
      if (calls.incrementAndGet() > 3) {
        throw new IllegalStateException("sdk call failed");
      }
    }, 2, 3, Duration.ofMillis(20), 2)).hasMessage("sdk call failed");
  }
}
