package io.cpaaskit.benchmarks;

import io.cpaaskit.auth.HttpLogging;
import io.cpaaskit.auth.TokenListener;
import io.cpaaskit.voipbin.api.CallsApi;
import io.cpaaskit.voipbin.model.CallLeg;
import io.cpaaskit.voipbin.model.CreateCallRequest;
import io.cpaaskit.voipbin.model.CreateCallResult;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Per-call overhead: the same authenticated GET and POST on a loopback server through (a) the generated VoIPBIN
 * client with auth-core, the default retry policy and the redacting logger, and (b) raw OkHttp + Moshi with the
 * header set by hand. {@link Harness} runs it on 1 and on 16 threads and prints the ratio (a)/(b) of throughputs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class CallOverheadBenchmark {
  /** The logger level of side (a): BASIC is the request/response line, what an INFO log shows. */
  @Param("BASIC")
  public String logLevel;

  /**
   * Calls of the measured method made on one thread before JMH's own warm-up. With 16 busy callers on 2 cores the JIT
   * compiler threads starve and both sides are still speeding up when measurement starts (the SDK, having more code to
   * compile, lags further behind); calling first on one thread lets the compiler finish while it has a core to itself.
   */
  @Param("20000")
  public int warmCalls;

  private LoopbackVoipbin server;
  private OkHttpClient base;
  private CallsApi sdk;
  private RawVoipbin raw;
  private CreateCallRequest request;

  /**
   * Starts the server and both clients, logs both in, and makes {@link #warmCalls} calls of the measured method on
   * one thread, so that only warm calls are measured.
   *
   * @param params which method this fork measures
   * @throws IOException if the loopback server cannot start or a login fails
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) throws IOException {
    server = LoopbackVoipbin.start();
    base = Fixtures.base(32);
    sdk = Fixtures.sdk(server.baseUrl(), base, HttpLogging.Level.valueOf(logLevel), TokenListener.NONE).create(CallsApi.class);
    raw = new RawVoipbin(base, server.baseUrl()).login();
    request = Fixtures.createCallRequest();
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    for (int i = 0; i < warmCalls; i++) {
      switch (method) {
        case "sdkGet" -> sdkGet();
        case "rawGet" -> rawGet();
        case "sdkPost" -> sdkPost();
        case "rawPost" -> rawPost();
        default -> throw new IllegalStateException("no warm-up for " + method);
      }
    }
  }

  /**
   * Stops the server and releases the clients' threads and connections.
   *
   * @throws IOException never in practice
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    base.dispatcher().executorService().shutdown();
    base.connectionPool().evictAll();
    server.close();
    if (server.unauthorized() != 0) {
      throw new IllegalStateException(server.unauthorized() + " calls were answered 401");
    }
  }

  /**
   * (a) GET through the SDK.
   *
   * @return the parsed call
   * @throws IOException on failure
   */
  @Benchmark
  public CallLeg sdkGet() throws IOException {
    return Fixtures.body(sdk.getCall(Fixtures.CALL_ID).execute());
  }

  /**
   * (b) GET by hand.
   *
   * @return the parsed call
   * @throws IOException on failure
   */
  @Benchmark
  public CallLeg rawGet() throws IOException {
    return raw.getCall(Fixtures.CALL_ID);
  }

  /**
   * (a) POST through the SDK.
   *
   * @return the parsed result
   * @throws IOException on failure
   */
  @Benchmark
  public CreateCallResult sdkPost() throws IOException {
    return Fixtures.body(sdk.createCall(request).execute());
  }

  /**
   * (b) POST by hand.
   *
   * @return the parsed result
   * @throws IOException on failure
   */
  @Benchmark
  public CreateCallResult rawPost() throws IOException {
    return raw.createCall(request);
  }
}
