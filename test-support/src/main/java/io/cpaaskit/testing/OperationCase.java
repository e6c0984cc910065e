package io.cpaaskit.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mockwebserver3.MockResponse;

/**
 * One row of an operation table: how to invoke an operation of a generated interface and what must arrive on
 * the wire. Run rows with {@link OperationTable#run}.
 */
public final class OperationCase {
  private final String operationId;
  private final ApiCall call;
  private MockResponse response = json(200, "{}");
  private int status = 200;
  private String expectedPath;
  private final Map<String, List<String>> expectedQuery = new LinkedHashMap<>();
  private String expectedJsonBody;
  private final Map<String, String> expectedHeaders = new LinkedHashMap<>();

  private OperationCase(String operationId, ApiCall call) {
    this.operationId = Objects.requireNonNull(operationId, "operationId == null");
    this.call = Objects.requireNonNull(call, "call == null");
  }

  /**
   * Starts a row.
   *
   * @param operationId the spec's operationId, which the generated method must carry
   * @param call builds the call on the generated interface
   * @return the row, to be completed with expectations
   */
  public static OperationCase of(String operationId, ApiCall call) {
    return new OperationCase(operationId, call);
  }

  /**
   * Sets the loopback server's answer (default: 200 with {@code {}}).
   *
   * @param status the HTTP status
   * @param jsonBody a JSON body, or an empty string for none
   * @return this row
   */
  public OperationCase respond(int status, String jsonBody) {
    return respond(json(status, jsonBody));
  }

  /**
   * Sets the loopback server's answer.
   *
   * @param response the full response, for non-JSON bodies or extra headers
   * @return this row
   */
  public OperationCase respond(MockResponse response) {
    this.response = Objects.requireNonNull(response, "response == null");
    this.status = response.getCode();
    return this;
  }

  /**
   * Expects this exact encoded path, e.g. {@code /api/v1/Account/MA_1/numbers/%2B919876543210/application}.
   *
   * @param encodedPath the path as it appears in the request line, without the query
   * @return this row
   */
  public OperationCase expectPath(String encodedPath) {
    this.expectedPath = encodedPath;
    return this;
  }

  /**
   * Expects a query parameter with this decoded value; call once per value. The request must carry exactly the
   * expected parameters; a row with none expects no query string.
   *
   * @param name the parameter name
   * @param value the decoded value
   * @return this row
   */
  public OperationCase expectQuery(String name, String value) {
    expectedQuery.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    return this;
  }

  /**
   * Expects a JSON request body equal to this one (member order ignored). A row without it expects no body.
   *
   * @param json the expected body
   * @return this row
   */
  public OperationCase expectJsonBody(String json) {
    this.expectedJsonBody = json;
    return this;
  }

  /**
   * Expects a request header with this value.
   *
   * @param name the header name
   * @param value the value
   * @return this row
   */
  public OperationCase expectHeader(String name, String value) {
    expectedHeaders.put(name, value);
    return this;
  }

  /** The spec operation this row calls. */
  public String operationId() {
    return operationId;
  }

  /** The invocation of the generated method, with the row's arguments. */
  public ApiCall call() {
    return call;
  }

  MockResponse response() {
    return response;
  }

  int status() {
    return status;
  }

  String expectedPath() {
    return expectedPath;
  }

  Map<String, List<String>> expectedQuery() {
    return expectedQuery;
  }

  String expectedJsonBody() {
    return expectedJsonBody;
  }

  Map<String, String> expectedHeaders() {
    return expectedHeaders;
  }

  private static MockResponse json(int status, String body) {
    MockResponse.Builder builder = new MockResponse.Builder().code(status);
    if (!body.isEmpty()) {
      builder.setHeader("Content-Type", "application/json").body(body);
    }
    return builder.build();
  }

  @Override
  public String toString() {
    return operationId;
  }
}
