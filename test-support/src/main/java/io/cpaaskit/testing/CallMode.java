package io.cpaaskit.testing;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * How a test runs a Retrofit call: {@code execute()} on the test thread, or {@code enqueue()} awaited on a latch.
 * Both surface the outcome the same way (the response, or the {@link IOException} the call failed with), so one
 * parameterized test proves a behaviour for synchronous and asynchronous callers alike.
 */
public enum CallMode {
  /** {@code execute()} on the calling thread. */
  SYNC {
    @Override
    public <T> Response<T> run(Call<T> call) throws IOException {
      return call.execute();
    }
  },
  /** {@code enqueue()} on OkHttp's dispatcher, awaited for at most 20 seconds. */
  ASYNC {
    @Override
    public <T> Response<T> run(Call<T> call) throws IOException {
      CountDownLatch done = new CountDownLatch(1);
      AtomicReference<Response<T>> response = new AtomicReference<>();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      call.enqueue(
          new Callback<T>() {
            @Override
            public void onResponse(Call<T> c, Response<T> r) {
              response.set(r);
              done.countDown();
            }

            @Override
            public void onFailure(Call<T> c, Throwable t) {
              failure.set(t);
              done.countDown();
            }
          });
      try {
        if (!done.await(20, TimeUnit.SECONDS)) {
          throw new AssertionError("the asynchronous call did not complete within 20 s");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
      Throwable t = failure.get();
      if (t instanceof IOException) {
        throw (IOException) t;
      }
      if (t != null) {
        throw new AssertionError("the asynchronous call failed with a non-IOException", t);
      }
      return response.get();
    }
  };

  /**
   * Runs the call.
   *
   * @param call the unexecuted call
   * @param <T> the body type
   * @return the response
   * @throws IOException the failure {@code execute()} threw or the callback reported
   */
  public abstract <T> Response<T> run(Call<T> call) throws IOException;
}
