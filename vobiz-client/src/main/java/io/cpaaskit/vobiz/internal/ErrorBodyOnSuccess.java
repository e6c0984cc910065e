package io.cpaaskit.vobiz.internal;

import com.squareup.moshi.JsonReader;
import io.cpaaskit.core.errors.ErrorResponse;
import io.cpaaskit.vobiz.errors.VobizApiException;
import io.cpaaskit.vobiz.errors.VobizErrors;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ByteString;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Callback;
import retrofit2.Converter;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Makes a 2xx answer whose body is a Vobiz error ({@code GET …/Conference/{name}/} answers
 * {@code 200 {"api_id":"…","error":"failed"}} when it cannot read the room) surface as a
 * {@link VobizApiException.UnexpectedStatus} from {@code execute()} and in {@code Callback.onFailure}, instead of a model whose
 * fields are all {@code null}.
 *
 * <p>Two Retrofit hooks, because neither sees everything: a {@link Converter} (ahead of Moshi) is the only place that
 * reads a 2xx body before it becomes a model, but it sees neither the request nor the status; a {@link CallAdapter}
 * sees the request. The converter recognises the error body and throws a private signal carrying the body; the call
 * wrapper catches it and builds the typed exception with the request (URL, method, operationId). Reported status: 200,
 * the only status the quirk is known for (the converter cannot see the exact 2xx code); response headers are not
 * available there either.
 *
 * <p>A body counts as an error only when it is a small JSON object (at most {@value ErrorResponse#BODY_LIMIT} bytes)
 * with a non-blank string {@code error} and a non-null {@code api_id}; no successful Vobiz model has both.
 */
public final class ErrorBodyOnSuccess {
  private static final ByteString UTF8_BOM = ByteString.decodeHex("EFBBBF");

  private ErrorBodyOnSuccess() {}

  /**
   * Installs both hooks: the converter ahead of every other converter factory, the call adapter ahead of Retrofit's
   * default one.
   *
   * @param builder the Retrofit builder (from {@code SpecRetrofit.newBuilder})
   * @param clock the clock of the client, for the captured answer
   * @return the same builder
   */
  public static Retrofit.Builder install(Retrofit.Builder builder, Clock clock) {
    Objects.requireNonNull(builder, "builder == null");
    Objects.requireNonNull(clock, "clock == null");
    // converterFactories() is Retrofit's documented modifiable list; index 0 puts us before Moshi, which would
    // otherwise claim every type.
    builder.converterFactories().add(0, new DetectingConverterFactory());
    builder.addCallAdapterFactory(new TypedCallAdapterFactory(clock));
    return builder;
  }

  /** Whether the body is a Vobiz error: a JSON object with a non-blank string {@code error} and an {@code api_id}. */
  static boolean isErrorBody(BufferedSource peek) {
    try (JsonReader reader = JsonReader.of(skipBom(peek))) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return false;
      }
      boolean error = false;
      boolean apiId = false;
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if ("error".equals(name) && reader.peek() == JsonReader.Token.STRING) {
          error = !reader.nextString().isBlank();
        } else if ("api_id".equals(name) && reader.peek() != JsonReader.Token.NULL) {
          apiId = true;
          reader.skipValue();
        } else {
          reader.skipValue();
        }
      }
      return error && apiId;
    } catch (IOException | RuntimeException e) {
      return false; // not JSON we can read: leave it to the model converter and its own error
    }
  }

  private static BufferedSource skipBom(BufferedSource source) throws IOException {
    if (source.rangeEquals(0, UTF8_BOM)) {
      source.skip(UTF8_BOM.size());
    }
    return source;
  }

  /** Carries an error body from the converter to the call wrapper; never seen outside this class. */
  private static final class ErrorBodySignal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient String body;
    private final transient MediaType contentType;

    ErrorBodySignal(String body, MediaType contentType) {
      super("a 2xx Vobiz answer carried an error body", null, false, false);
      this.body = body;
      this.contentType = contentType;
    }
  }

  private static final class DetectingConverterFactory extends Converter.Factory {
    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
      Converter<ResponseBody, ?> delegate = retrofit.nextResponseBodyConverter(this, type, annotations);
      return body -> {
        MediaType contentType = body.contentType();
        if (contentType == null || isJson(contentType)) {
          BufferedSource source = body.source();
          // request() buffers at most one byte past the limit; false means the whole body is in the buffer.
          if (!source.request(ErrorResponse.BODY_LIMIT + 1L) && isErrorBody(source.peek())) {
            String text = skipBom(source).readUtf8();
            body.close();
            throw new ErrorBodySignal(text, contentType);
          }
        }
        return delegate.convert(body);
      };
    }

    private static boolean isJson(MediaType contentType) {
      String subtype = contentType.subtype().toLowerCase(Locale.ROOT);
      return subtype.equals("json") || subtype.endsWith("+json");
    }
  }

  private static final class TypedCallAdapterFactory extends CallAdapter.Factory {
    private final Clock clock;

    TypedCallAdapterFactory(Clock clock) {
      this.clock = clock;
    }

    @Override
    public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
      if (getRawType(returnType) != Call.class) {
        return null;
      }
      CallAdapter<?, ?> next = retrofit.nextCallAdapter(this, returnType, annotations);
      return adapter(next, clock);
    }

    private static <R> CallAdapter<R, Call<R>> adapter(CallAdapter<R, ?> next, Clock clock) {
      return new CallAdapter<R, Call<R>>() {
        @Override
        public Type responseType() {
          return next.responseType();
        }

        @Override
        public Call<R> adapt(Call<R> call) {
          // For a Call<T> return type the next adapter hands back a Call<R> (Retrofit's default does on the JVM).
          @SuppressWarnings("unchecked")
          Call<R> adapted = (Call<R>) next.adapt(call);
          return new TypedCall<>(adapted, clock);
        }
      };
    }
  }

  private static final class TypedCall<T> implements Call<T> {
    private final Call<T> delegate;
    private final Clock clock;

    TypedCall(Call<T> delegate, Clock clock) {
      this.delegate = delegate;
      this.clock = clock;
    }

    @Override
    public Response<T> execute() throws IOException {
      try {
        return delegate.execute();
      } catch (ErrorBodySignal signal) {
        throw toException(signal);
      }
    }

    @Override
    public void enqueue(Callback<T> callback) {
      Objects.requireNonNull(callback, "callback == null");
      delegate.enqueue(
          new Callback<T>() {
            @Override
            public void onResponse(Call<T> call, Response<T> response) {
              callback.onResponse(TypedCall.this, response);
            }

            @Override
            public void onFailure(Call<T> call, Throwable failure) {
              Throwable reported = failure instanceof ErrorBodySignal ? toException((ErrorBodySignal) failure) : failure;
              callback.onFailure(TypedCall.this, reported);
            }
          });
    }

    private VobizApiException toException(ErrorBodySignal signal) {
      Request request = delegate.request();
      okhttp3.Response raw =
          new okhttp3.Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK").build();
      return VobizErrors.MAPPER.toException(
          ErrorResponse.capture(raw, ResponseBody.create(signal.body, signal.contentType), clock));
    }

    @Override
    public boolean isExecuted() {
      return delegate.isExecuted();
    }

    @Override
    public void cancel() {
      delegate.cancel();
    }

    @Override
    public boolean isCanceled() {
      return delegate.isCanceled();
    }

    @Override
    public Call<T> clone() {
      return new TypedCall<>(delegate.clone(), clock);
    }

    @Override
    public Request request() {
      return delegate.request();
    }

    @Override
    public Timeout timeout() {
      return delegate.timeout();
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }
}
