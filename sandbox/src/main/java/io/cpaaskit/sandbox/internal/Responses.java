package io.cpaaskit.sandbox.internal;

import mockwebserver3.MockResponse;

/** Builders for the emulators' answers. */
public final class Responses {
  private Responses() {}

  /**
   * A JSON answer.
   *
   * @param status the status
   * @param body a {@code Map}/{@code List} tree, written with {@link Json#write}
   * @return the response
   */
  public static MockResponse json(int status, Object body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(Json.write(body))
        .build();
  }

  /**
   * An answer without a body, such as VoIPBIN's bare 400 on {@code /auth/*}.
   *
   * @param status the status
   * @return the response
   */
  public static MockResponse empty(int status) {
    return new MockResponse.Builder().code(status).build();
  }

  /**
   * A text answer with the given content type.
   *
   * @param status the status
   * @param contentType the content type
   * @param body the body
   * @return the response
   */
  public static MockResponse text(int status, String contentType, String body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", contentType).body(body).build();
  }
}
