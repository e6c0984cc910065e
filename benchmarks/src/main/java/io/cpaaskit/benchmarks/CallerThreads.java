package io.cpaaskit.benchmarks;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fixed set of caller threads, started once and reused for every burst: each {@link #burst} releases all of them at
 * once (one latch) and times the one call each makes.
 *
 * <p>Why reused: the callers of a real server are pool threads that have run before. A thread's first call is far
 * slower than its later ones (on the 2-core machine, 256 fresh threads took 70–150 ms at p99 for one loopback GET
 * each, the same 256 threads on their later bursts about 25 ms), and that cost belongs to the thread, not to the
 * client it calls through.
 */
final class CallerThreads implements AutoCloseable {
  /**
   * Latencies of one burst, one entry per thread.
   *
   * @param fromRelease each call's end measured from the common release (a late wake-up counts against the call)
   * @param fromStart each call's end measured from its own start, after its thread woke
   * @param lastWake when the last thread woke, from the common release
   */
  record Burst(long[] fromRelease, long[] fromStart, long lastWake) {}

  private static final long BURST_TIMEOUT_SECONDS = 60;

  private final Thread[] threads;
  private final Phaser nextBurst;
  private final AtomicReference<Round> current = new AtomicReference<>();

  /**
   * Starts the threads; they wait for the first burst.
   *
   * @param count how many threads
   * @param name the prefix of their names
   */
  CallerThreads(int count, String name) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    nextBurst = new Phaser(count + 1);
    threads = new Thread[count];
    for (int i = 0; i < count; i++) {
      int index = i;
      threads[i] = new Thread(() -> loop(index), name + "-" + i);
      threads[i].setDaemon(true);
      threads[i].start();
    }
  }

  /** How many threads call in each burst. */
  int count() {
    return threads.length;
  }

  /**
   * Releases every thread at once; each makes {@code call} once.
   *
   * @param call the call every thread makes
   * @return each thread's latencies
   * @throws IllegalStateException if any call failed (the first failure is the cause) or the burst did not end within
   *     60 seconds
   * @throws InterruptedException if interrupted while waiting
   */
  Burst burst(InterleavedOverhead.Call call) throws InterruptedException {
    Round round = new Round(call, threads.length);
    current.set(round);
    nextBurst.arriveAndAwaitAdvance(); // every thread now takes this round
    round.ready.await();
    round.released = System.nanoTime();
    round.go.countDown();
    if (!round.done.await(BURST_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      throw new IllegalStateException(round.done.getCount() + " of " + threads.length + " calls still running after "
          + BURST_TIMEOUT_SECONDS + " s");
    }
    if (round.failures.get() > 0) {
      throw new IllegalStateException(round.failures.get() + " of " + threads.length + " concurrent calls failed",
          round.firstFailure.get());
    }
    long lastWake = Arrays.stream(round.woke).max().orElse(0);
    return new Burst(round.fromRelease, round.fromStart, lastWake);
  }

  /**
   * Lets every thread end (each after the call it is making, if any) and waits for them; an interrupt stops the
   * wait and stays set on the calling thread.
   */
  @Override
  public void close() {
    current.set(null);
    nextBurst.arriveAndDeregister();
    try {
      for (Thread thread : threads) {
        thread.join(TimeUnit.SECONDS.toMillis(BURST_TIMEOUT_SECONDS));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void loop(int index) {
    while (true) {
      nextBurst.arriveAndAwaitAdvance();
      Round round = current.get();
      if (round == null) {
        nextBurst.arriveAndDeregister();
        return;
      }
      round.ready.countDown();
      long start = 0;
      try {
        round.go.await();
        start = System.nanoTime();
        round.call.run();
      } catch (Exception e) {
        round.failures.incrementAndGet();
        round.firstFailure.compareAndSet(null, e);
      } finally {
        long end = System.nanoTime();
        round.fromRelease[index] = end - round.released;
        round.fromStart[index] = end - start;
        round.woke[index] = start - round.released;
        round.done.countDown();
      }
    }
  }

  /** One burst; the latches order the writes of {@code released} and of the arrays. */
  private static final class Round {
    final InterleavedOverhead.Call call;
    final CountDownLatch ready;
    final CountDownLatch go = new CountDownLatch(1);
    final CountDownLatch done;
    final long[] fromRelease;
    final long[] fromStart;
    final long[] woke;
    final AtomicInteger failures = new AtomicInteger();
    final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    long released; // written before go opens, read after

    Round(InterleavedOverhead.Call call, int count) {
      this.call = call;
      ready = new CountDownLatch(count);
      done = new CountDownLatch(count);
      fromRelease = new long[count];
      fromStart = new long[count];
      woke = new long[count];
    }
  }
}
