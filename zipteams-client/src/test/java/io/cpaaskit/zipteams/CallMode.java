package io.cpaaskit.zipteams;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** Runs a Retrofit call synchronously or asynchronously, surfacing the outcome the same way for both. */
enum CallMode {
  SYNC {
    @Override
    <T> Response<T> run(Call<T> call) throws IOException {
      return call.execute();
    }
  },
  ASYNC {
    @Override
    <T> Response<T> run(Call<T> call) throws IOException {
      CountDownLatch done = new CountDownLatch(1);
      AtomicReference<Response<T>> response = new AtomicReference<>();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      call.enqueue(new Callback<T>() {
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
        if (!done.await(10, TimeUnit.SECONDS)) {
          throw new AssertionError("the asynchronous call did not complete");
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
   * @return the response
   * @throws IOException the failure the callback or execute() reported
   */
  abstract <T> Response<T> run(Call<T> call) throws IOException;
}
