package io.cpaaskit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.model.CallLeg;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class OverheadForkTest {
  @Test
  void aSliceLineReadsBackAsTheSameCaseAndTotals() {
    for (OverheadFork.Pair pair : OverheadFork.Pair.values()) {
      OverheadFork.Case post16 = new OverheadFork.Case(pair, "POST", 16);
      InterleavedOverhead.Slice slice = new InterleavedOverhead.Slice(12_345, 6_789_012_345L, 12_345, 7_001_002_003L);
      OverheadFork.Parsed parsed = OverheadFork.parse(OverheadFork.line(post16, slice));
      assertThat(parsed.c()).isEqualTo(post16);
      assertThat(parsed.slice()).isEqualTo(slice);
    }
  }

  @Test
  void otherOutputIsLeftAloneAndABrokenSliceLineIsRejected() {
    assertThat(OverheadFork.parse("WARNING: a JVM message")).isNull();
    assertThat(OverheadFork.parse("SLICES are not slices")).isNull();
    assertThatThrownBy(() -> OverheadFork.parse("SLICE SDK_OVER_RAW GET 1 10 20"))
        .hasMessage("not a slice line: SLICE SDK_OVER_RAW GET 1 10 20");
    assertThatThrownBy(() -> OverheadFork.parse("SLICE SDK_OVER_RAW GET 1 10 x 10 30"))
        .hasMessageContaining("not a slice line");
    assertThatThrownBy(() -> OverheadFork.parse("SLICE SOMETHING_ELSE GET 1 10 20 10 30"))
        .hasMessageContaining("not a slice line");
  }

  @Test
  void everyForkMeasuresBothMethodsOnOneAndOnSixteenThreads() {
    assertThat(OverheadFork.CASES).extracting(OverheadFork.Case::figure).containsExactly(
        "overhead GET, 1 thread (ops/s)", "overhead POST, 1 thread (ops/s)", "overhead GET, 16 threads (ops/s)",
        "overhead POST, 16 threads (ops/s)");
  }

  @Test
  void theSplitPutsRetrofitBetweenRawAndSdkForBothMethodsOnOneThread() {
    assertThat(OverheadFork.SPLIT_CASES).extracting(OverheadFork.Case::figure).containsExactly(
        "overhead GET, 1 thread: Retrofit alone / raw (ops/s)", "overhead GET, 1 thread: SDK / Retrofit alone (ops/s)",
        "overhead POST, 1 thread: Retrofit alone / raw (ops/s)", "overhead POST, 1 thread: SDK / Retrofit alone (ops/s)");
  }

  @Test
  void retrofitAloneSendsTheRawSidesTokenAndParsesTheSameModel() throws Exception {
    try (LoopbackVoipbin server = LoopbackVoipbin.start()) {
      OkHttpClient base = Fixtures.base(1);
      RawVoipbin raw = new RawVoipbin(base, server.baseUrl()).login();
      CallsApi retrofit = OverheadFork.retrofitAlone(server.baseUrl(), base, raw.authorization());

      CallLeg leg = Fixtures.body(retrofit.getCall(Fixtures.CALL_ID).execute());
      Fixtures.body(retrofit.createCall(Fixtures.createCallRequest()).execute());

      assertThat(leg.getId()).hasToString(Fixtures.CALL_ID);
      assertThat(server.logins()).isEqualTo(1);
      assertThat(server.apiCalls()).isEqualTo(2);
      assertThat(server.unauthorized()).isZero();
    }
  }
}
