package io.cpaaskit.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.voipbin.model.CallLeg;
import io.cpaaskit.voipbin.model.CreateCallRequest;
import io.cpaaskit.voipbin.model.CreateCallResult;
import io.cpaaskit.voipbin.model.LoginRequest;
import io.cpaaskit.voipbin.model.LoginResponse;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Side (b), the baseline: what a developer would write by hand with OkHttp and Moshi. One login up front, then the
 * {@code Authorization} header set on each request; the same JSON configuration and the same generated model classes
 * as the SDK, so the difference is Retrofit, auth-core, the retry layer and the redacting logger.
 */
final class RawVoipbin {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient client;
  private final HttpUrl login;
  private final HttpUrl calls;
  private final JsonAdapter<LoginRequest> loginRequest;
  private final JsonAdapter<LoginResponse> loginResponse;
  private final JsonAdapter<CallLeg> callLeg;
  private final JsonAdapter<CreateCallRequest> createRequest;
  private final JsonAdapter<CreateCallResult> createResult;
  private volatile String authorization;

  RawVoipbin(OkHttpClient client, String baseUrl) {
    this.client = client;
    HttpUrl base = HttpUrl.get(baseUrl);
    this.login = base.resolve("auth/login");
    this.calls = base.resolve("v1.0/calls");
    Moshi moshi = LenientJson.moshi();
    this.loginRequest = moshi.adapter(LoginRequest.class);
    this.loginResponse = moshi.adapter(LoginResponse.class);
    this.callLeg = moshi.adapter(CallLeg.class);
    this.createRequest = moshi.adapter(CreateCallRequest.class);
    this.createResult = moshi.adapter(CreateCallResult.class);
  }

  /** Logs in and keeps the token for the calls that follow. */
  RawVoipbin login() throws IOException {
    String body =
        loginRequest.toJson(new LoginRequest().username(LoopbackVoipbin.USERNAME).password(LoopbackVoipbin.PASSWORD));
    Request request = new Request.Builder().url(login).post(RequestBody.create(body, JSON)).build();
    try (Response response = client.newCall(request).execute()) {
      LoginResponse answer = read(response, loginResponse);
      authorization = "Bearer " + answer.getToken();
    }
    return this;
  }

  /** The {@code Authorization} value the login produced, for a comparison side that sets the same header. */
  String authorization() {
    return authorization;
  }

  CallLeg getCall(String id) throws IOException {
    Request request =
        new Request.Builder()
            .url(calls.newBuilder().addPathSegment(id).build())
            .header("Authorization", authorization)
            .build();
    try (Response response = client.newCall(request).execute()) {
      return read(response, callLeg);
    }
  }

  CreateCallResult createCall(CreateCallRequest body) throws IOException {
    Request request =
        new Request.Builder()
            .url(calls)
            .header("Authorization", authorization)
            .post(RequestBody.create(createRequest.toJson(body), JSON))
            .build();
    try (Response response = client.newCall(request).execute()) {
      return read(response, createResult);
    }
  }

  private static <T> T read(Response response, JsonAdapter<T> adapter) throws IOException {
    ResponseBody body = response.body();
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code() + " from " + response.request().url().encodedPath());
    }
    T value = adapter.fromJson(body.source());
    if (value == null) {
      throw new IOException("empty body from " + response.request().url().encodedPath());
    }
    return value;
  }
}
