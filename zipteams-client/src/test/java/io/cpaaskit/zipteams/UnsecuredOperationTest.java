package io.cpaaskit.zipteams;

import io.cpaaskit.testing.CallMode;
import static io.cpaaskit.zipteams.ZipteamsLoopback.json;
import static io.cpaaskit.zipteams.ZipteamsLoopback.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.cpaaskit.zipteams.api.UnsecuredProbeApi;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An operation declared with {@code security: []} goes out with no credential, whichever kind the client holds.
 * Zipteams' spec has none today, so a test-only interface ({@link UnsecuredProbeApi}) stands in for one.
 */
class UnsecuredOperationTest {
  private ZipteamsLoopback loopback;

  @BeforeEach
  void start() {
    loopback = new ZipteamsLoopback();
  }

  @AfterEach
  void stop() {
    loopback.close();
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void carriesNoCredentialWithEitherKind(CallMode mode) throws Exception {
    for (ZipteamsClient zipteams : List.of(loopback.partner(), loopback.customer())) {
      loopback.main.enqueue(json(200, "{}"));

      assertThat(mode.run(zipteams.create(UnsecuredProbeApi.class).probe()).code()).isEqualTo(200);

      RecordedRequest request = take(loopback.main);
      assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/public/probe");
      assertThat(ZipteamsLoopback.credentialHeaderNames(request)).isEmpty();
      assertThat(request.getUrl().querySize()).isZero();
    }
  }
}
