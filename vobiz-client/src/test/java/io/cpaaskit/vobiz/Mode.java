package io.cpaaskit.vobiz;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** How a test runs a Retrofit call: {@code execute()} on the test thread, or {@code enqueue()} awaited on a latch. */
enum Mode {
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
          throw new AssertionError("the callback never ran");
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
        throw new AssertionError("unexpected failure type", t);
      }
      return response.get();
    }
  };

  abstract <T> Response<T> run(Call<T> call) throws IOException;
}
