package io.cpaaskit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallerThreadsTest {
  @Test
  void everyBurstRunsOnTheSameThreadsAndReleasesThemTogether() throws Exception {
    int count = 8;
    try (CallerThreads callers = new CallerThreads(count, "test-caller")) {
      Set<Thread> first = ConcurrentHashMap.newKeySet();
      // Every call waits until all of them have started: only a burst that runs them at once can end.
      CountDownLatch allStarted = new CountDownLatch(count);
      CallerThreads.Burst burst = callers.burst(() -> {
        first.add(Thread.currentThread());
        allStarted.countDown();
        allStarted.await();
      });
      assertThat(first).hasSize(count);
      assertThat(burst.fromRelease()).hasSize(count);
      for (int i = 0; i < count; i++) {
        assertThat(burst.fromStart()[i]).isPositive().isLessThanOrEqualTo(burst.fromRelease()[i]);
      }
      assertThat(burst.lastWake()).isNotNegative();

      Set<Thread> second = ConcurrentHashMap.newKeySet();
      callers.burst(() -> second.add(Thread.currentThread()));
      assertThat(second).isEqualTo(first);
    }
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("test-caller-"));
  }

  @Test
  void aFailedCallFailsTheBurstWithTheFirstFailureAndTheThreadsStayUsable() throws Exception {
    try (CallerThreads callers = new CallerThreads(4, "test-failing")) {
      AtomicInteger calls = new AtomicInteger();
      assertThatThrownBy(() -> callers.burst(() -> {
        if (calls.incrementAndGet() == 2) {
          throw new IOException("connection reset");
        }
      })).isInstanceOf(IllegalStateException.class)
          .hasMessage("1 of 4 concurrent calls failed")
          .hasRootCauseMessage("connection reset");

      AtomicInteger next = new AtomicInteger();
      callers.burst(next::incrementAndGet);
      assertThat(next).hasValue(4);
    }
  }

  @Test
  void aCountBelowOneIsRejected() {
    assertThatThrownBy(() -> new CallerThreads(0, "none")).hasMessage("count must be at least 1: 0");
  }
}
