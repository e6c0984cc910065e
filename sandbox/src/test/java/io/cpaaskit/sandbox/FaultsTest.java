package io.cpaaskit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultsTest {
  private final Faults faults = new Faults();

  @Test
  void aCountedFaultHitsExactlyTheNextRequestsThenStops() {
    faults.serverErrors(2, 502);

    assertThat(faults.apply("listCalls", false).failureStatus()).isEqualTo(502);
    assertThat(faults.apply("getCall", false).failureStatus()).isEqualTo(502);
    assertThat(faults.apply("listCalls", false).failureStatus()).isZero();
  }

  @Test
  void apiFaultsSpareTheLoginAndLoginFaultsSpareTheApi() {
    faults.rateLimit(5, Duration.ofSeconds(2)).loginDown();

    Faults.Applied login = faults.apply("login", true);
    Faults.Applied api = faults.apply("listCalls", false);

    assertThat(login.failureStatus()).isEqualTo(503);
    assertThat(api.failureStatus()).isEqualTo(429);
    assertThat(api.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    faults.loginUp();
    assertThat(faults.apply("login", true).failureStatus()).isZero();
  }

  @Test
  void aFaultAimedAtOneOperationHitsItEvenWhenItIsALogin() {
    faults.on("getDashboardToken").rateLimit(1, Duration.ofSeconds(1));

    assertThat(faults.apply("ingestCallBatch", false).failureStatus()).isZero();
    assertThat(faults.apply("getDashboardToken", true).failureStatus()).isEqualTo(429);
    assertThat(faults.apply("getDashboardToken", true).failureStatus()).isZero();
  }

  @Test
  void latencyAndLoginStallAddUpAndLastUntilCleared() {
    faults.latency(Duration.ofMillis(100)).loginStall(Duration.ofSeconds(3));

    assertThat(faults.apply("login", true).delay()).isEqualTo(Duration.ofMillis(3100));
    assertThat(faults.apply("listCalls", false).delay()).isEqualTo(Duration.ofMillis(100));
    faults.clear();
    assertThat(faults.apply("login", true).delay()).isZero();
  }

  @Test
  void malformedBodiesAreCountedApartFromFailures() {
    faults.malformedBodies(1).serverErrors(1);

    Faults.Applied first = faults.apply("listCalls", false);
    Faults.Applied second = faults.apply("listCalls", false);

    assertThat(first.malformed()).isTrue();
    assertThat(first.failureStatus()).isEqualTo(503);
    assertThat(second.malformed()).isFalse();
    assertThat(second.failureStatus()).isZero();
  }

  @Test
  void badArgumentsAreRejectedWithTheirNames() {
    assertThatThrownBy(() -> faults.rateLimit(0, Duration.ofSeconds(1))).hasMessageContaining("times");
    assertThatThrownBy(() -> faults.rateLimit(1, Duration.ZERO)).hasMessageContaining("retryAfter");
    assertThatThrownBy(() -> faults.serverErrors(1, 404)).hasMessageContaining("500..599");
    assertThatThrownBy(() -> faults.latency(null)).hasMessageContaining("delay");
    assertThatThrownBy(() -> faults.on(null)).hasMessageContaining("operationId");
  }
}
