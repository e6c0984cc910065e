package io.cpaaskit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import io.cpaaskit.core.json.LenientJson;
import io.cpaaskit.core.retrofit.SpecOperation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Invocation;
import retrofit2.Response;

/**
 * Runs {@link OperationCase} rows against a loopback server and checks each request against the spec and the
 * row's expectations; checks that a table covers every operation of its spec.
 */
public final class OperationTable {
  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^}/]+}");
  private static final JsonAdapter<Object> JSON = LenientJson.moshi().adapter(Object.class);

  private OperationTable() {}

  /**
   * Asserts that the rows name every operation of the spec exactly once and nothing else.
   *
   * @param spec the spec
   * @param cases the rows
   */
  public static void assertCoversSpec(SpecOperations spec, Stream<OperationCase> cases) {
    assertCoversSpec(spec, cases.collect(Collectors.toList()));
  }

  /**
   * Asserts that the rows name every operation of the spec exactly once and nothing else.
   *
   * @param spec the spec
   * @param cases the rows
   */
  public static void assertCoversSpec(SpecOperations spec, Collection<OperationCase> cases) {
    List<String> ids = cases.stream().map(OperationCase::operationId).collect(Collectors.toList());
    Set<String> duplicates = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        duplicates.add(id);
      }
    }
    Set<String> missing = new LinkedHashSet<>(spec.operationIds());
    missing.removeAll(seen);
    Set<String> unknown = new LinkedHashSet<>(seen);
    unknown.removeAll(spec.operationIds());
    assertThat(duplicates).as("operations listed more than once in the table for %s", spec.file()).isEmpty();
    assertThat(unknown).as("table rows that are not operations of %s", spec.file()).isEmpty();
    assertThat(missing).as("operations of %s without a table row", spec.file()).isEmpty();
  }

  /**
   * Invokes one row on a fresh loopback server and asserts the request it sends.
   *
   * @param spec the spec the generated interface was built from
   * @param row the row
   * @throws Exception if the call cannot be built or fails on the transport
   */
  public static void run(SpecOperations spec, OperationCase row) throws Exception {
    SpecOperations.SpecOperation operation = spec.operation(row.operationId());
    assertThat(row.expectedPath()).as("%s: expectPath(...) is mandatory", row.operationId()).isNotNull();
    try (LoopbackApis apis = LoopbackApis.start(spec)) {
      apis.enqueue(row.response());
      Call<?> call = row.call().invoke(apis);

      Invocation invocation = call.request().tag(Invocation.class);
      assertThat(invocation).as("%s: not a Retrofit call", row.operationId()).isNotNull();
      SpecOperation annotation = invocation.method().getAnnotation(SpecOperation.class);
      assertThat(annotation).as("%s: generated method lacks @SpecOperation", row.operationId()).isNotNull();
      assertThat(annotation.id()).as("operationId on the invoked method").isEqualTo(row.operationId());
      assertThat(List.of(annotation.security()))
          .as("%s: security schemes on the generated method vs the spec", row.operationId())
          .containsExactlyInAnyOrderElementsOf(operation.security());

      Response<?> response = call.execute();
      if (response.body() instanceof ResponseBody) {
        ((ResponseBody) response.body()).close();
      }
      RecordedRequest request = apis.takeRequest();
      assertThat(request.getMethod()).as("%s: HTTP method", row.operationId()).isEqualTo(operation.method());
      assertPath(spec, operation, row, request.getUrl());
      assertQuery(operation, row, request.getUrl());
      assertBody(operation, row, request);
      assertAccept(operation, request.getHeaders().get("Accept"));
      for (Map.Entry<String, String> header : row.expectedHeaders().entrySet()) {
        assertThat(request.getHeaders().get(header.getKey()))
            .as("%s: header %s", row.operationId(), header.getKey())
            .isEqualTo(header.getValue());
      }
      assertThat(response.code()).as("%s: response status", row.operationId()).isEqualTo(row.status());
      if (!response.isSuccessful() && response.errorBody() != null) {
        response.errorBody().close();
      }
    }
  }

  /**
   * An operation that answers something other than JSON asks for it by name; one that answers only JSON may go
   * without an {@code Accept} header (only vendors that require one get it on every call).
   */
  private static void assertAccept(SpecOperations.SpecOperation operation, String accept) {
    for (String mediaType : operation.successMediaTypes()) {
      if (!mediaType.equals("application/json")) {
        assertThat(accept).as("%s: Accept names %s, which the operation answers", operation.id(), mediaType)
            .isNotNull()
            .contains(mediaType);
      }
    }
    if (accept != null) {
      assertThat(accept).as("%s: Accept", operation.id()).contains("application/json");
    }
  }

  private static void assertPath(
      SpecOperations spec, SpecOperations.SpecOperation operation, OperationCase row, HttpUrl url) {
    String base = spec.basePath().endsWith("/") ? spec.basePath().substring(0, spec.basePath().length() - 1) : spec.basePath();
    String template = base + operation.path();
    StringBuilder regex = new StringBuilder();
    Matcher matcher = TEMPLATE_VARIABLE.matcher(template);
    int last = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("[^/]+");
      last = matcher.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    String path = url.encodedPath();
    assertThat(path).as("%s: path matches the spec template %s", row.operationId(), template).matches(regex.toString());
    assertThat(path).as("%s: encoded path", row.operationId()).isEqualTo(row.expectedPath());
  }

  private static void assertQuery(SpecOperations.SpecOperation operation, OperationCase row, HttpUrl url) {
    Map<String, List<String>> actual = new LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      actual.put(name, new ArrayList<>(url.queryParameterValues(name)));
    }
    assertThat(actual).as("%s: query parameters", row.operationId()).isEqualTo(row.expectedQuery());
    assertThat(operation.queryParameters())
        .as("%s: every sent query parameter is declared in the spec", row.operationId())
        .containsAll(actual.keySet());
    assertThat(actual.keySet())
        .as("%s: every required query parameter is sent", row.operationId())
        .containsAll(operation.requiredQueryParameters());
  }

  private static void assertBody(SpecOperations.SpecOperation operation, OperationCase row, RecordedRequest request)
      throws IOException {
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    if (row.expectedJsonBody() == null) {
      assertThat(operation.requestBodyRequired())
          .as("%s: the spec requires a body, so the row must expectJsonBody(...)", row.operationId())
          .isFalse();
      assertThat(body).as("%s: request body", row.operationId()).isEmpty();
      return;
    }
    assertThat(operation.hasRequestBody()).as("%s: the spec declares a request body", row.operationId()).isTrue();
    assertThat(request.getHeaders().get("Content-Type"))
        .as("%s: Content-Type", row.operationId())
        .startsWith("application/json");
    assertThat(JSON.fromJson(body))
        .as("%s: JSON body (sent: %s)", row.operationId(), body)
        .isEqualTo(JSON.fromJson(row.expectedJsonBody()));
  }
}
