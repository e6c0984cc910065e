package io.cpaaskit.sandbox.internal;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * One spec of {@code specs/}, loaded from the sandbox jar: its routes, its request/response validator and sample
 * bodies built from its schemas. Parsed once per JVM and shared, because parsing is the slow part of a start.
 */
public final class SpecApi {
  private static final Map<String, SpecApi> LOADED = new ConcurrentHashMap<>();
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

  private final String file;
  private final String basePath;
  private final OpenAPI openApi;
  private final OpenApiInteractionValidator validator;
  private final List<Route> routes;
  private final SchemaSamples samples;

  private SpecApi(String file, String text) {
    this.file = file;
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
    if (parsed.getOpenAPI() == null) {
      throw new IllegalStateException(file + " does not parse: " + parsed.getMessages());
    }
    this.openApi = parsed.getOpenAPI();
    this.basePath = trimSlash(URI.create(openApi.getServers().get(0).getUrl()).getPath());
    this.validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(text)
            .withBasePathOverride(basePath.isEmpty() ? "/" : basePath)
            .withStrictOperationPathMatching()
            .withLevelResolver(
                LevelResolver.create()
                    // Credentials are the emulator's job: it answers with the vendor's own 401/403 bodies.
                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                    // A query parameter the spec does not declare is a client bug worth failing on.
                    .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                    .build())
            .build();
    this.routes = routes(openApi);
    this.samples = new SchemaSamples(openApi);
  }

  /**
   * Returns the spec at {@code specs/<file>}, parsed once per JVM.
   *
   * @param file the path under {@code specs/}, e.g. {@code vobiz/voice.yaml}
   * @return the spec
   */
  public static SpecApi load(String file) {
    return LOADED.computeIfAbsent(file, f -> new SpecApi(f, read(f)));
  }

  /** The spec file under {@code specs/}. */
  public String file() {
    return file;
  }

  /** The path of the spec's first server, without a trailing slash ({@code ""} for a bare host). */
  public String basePath() {
    return basePath;
  }

  /** The parsed spec. */
  public OpenAPI openApi() {
    return openApi;
  }

  /** Every operationId of the spec, in spec order. */
  public List<String> operationIds() {
    List<String> ids = new ArrayList<>();
    for (Route route : routes) {
      ids.add(route.operationId());
    }
    return ids;
  }

  /**
   * Finds the operation for a request path, or {@code null}.
   *
   * @param method the HTTP method
   * @param encodedPath the full encoded path, base path included
   * @return the match with its decoded path parameters, or {@code null} when no operation of this spec fits
   */
  public RouteMatch match(String method, String encodedPath) {
    if (!encodedPath.startsWith(basePath + "/")) {
      return null;
    }
    String relative = encodedPath.substring(basePath.length());
    RouteMatch pathOnly = null;
    for (Route route : routes) {
      Matcher matcher = route.pattern.matcher(relative);
      if (!matcher.matches()) {
        continue;
      }
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 0; i < route.variables.size(); i++) {
        params.put(route.variables.get(i), decode(matcher.group(i + 1)));
      }
      if (route.method.equals(method)) {
        return new RouteMatch(route, params);
      }
      if (pathOnly == null) {
        pathOnly = new RouteMatch(null, params);
      }
    }
    return pathOnly;
  }

  /**
   * Validates a request against the spec.
   *
   * @return the error messages, empty when the request conforms
   */
  public List<String> validateRequest(String method, HttpUrl url, Headers headers, String body) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, url.encodedPath());
    for (String name : headers.names()) {
      request.withHeader(name, headers.values(name));
    }
    for (String name : url.queryParameterNames()) {
      List<String> values = new ArrayList<>();
      for (String value : url.queryParameterValues(name)) {
        values.add(value == null ? "" : value);
      }
      request.withQueryParam(name, values);
    }
    if (!body.isEmpty()) {
      request.withBody(body);
    }
    return errors(validator.validateRequest(request.build()));
  }

  /**
   * Validates a response of the sandbox itself against the spec.
   *
   * @return the error messages, empty when the response conforms
   */
  public List<String> validateResponse(String method, String encodedPath, int status, String contentType, String body) {
    SimpleResponse.Builder response = new SimpleResponse.Builder(status);
    if (contentType != null) {
      response.withContentType(contentType);
    }
    if (!body.isEmpty()) {
      response.withBody(body);
    }
    return errors(validator.validateResponse(encodedPath, Request.Method.valueOf(method), response.build()));
  }

  /**
   * A body for the operation's first 2xx response, built from its schema.
   *
   * @param operationId the operation
   * @return the status and JSON tree, or a status with a {@code null} tree for a bodiless success
   */
  public SchemaSamples.Sample sample(String operationId) {
    for (Route route : routes) {
      if (route.operationId().equals(operationId)) {
        return samples.forOperation(route.operation);
      }
    }
    throw new IllegalArgumentException(operationId + " is not an operation of " + file);
  }

  /**
   * The operation's first 2xx answer with a body built from its schema, for operations an emulator keeps no state
   * for.
   *
   * @param operationId the operation
   * @return the answer
   */
  public mockwebserver3.MockResponse sampleResponse(String operationId) {
    SchemaSamples.Sample sample = sample(operationId);
    if (sample.body() == null) {
      return Responses.empty(sample.status());
    }
    if (!sample.contentType().contains("json")) {
      return Responses.text(sample.status(), sample.contentType(), String.valueOf(sample.body()));
    }
    return Responses.json(sample.status(), sample.body());
  }

  /** Builds sample values of component schemas. */
  public SchemaSamples samples() {
    return samples;
  }

  private static List<String> errors(ValidationReport report) {
    List<String> errors = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        StringBuilder text = new StringBuilder(message.getKey()).append(": ").append(message.getMessage());
        for (ValidationReport.Message nested : message.getNestedMessages()) {
          text.append(" [").append(nested.getMessage()).append(']');
        }
        errors.add(text.toString());
      }
    }
    return errors;
  }

  private static List<Route> routes(OpenAPI openApi) {
    List<Route> routes = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
        routes.add(new Route(path.getKey(), operation.getKey().name(), operation.getValue(), security(openApi, operation.getValue())));
      }
    }
    // Literal segments beat variables: /Call/ (list) must win over /Call/{call_uuid}/ for the same text.
    routes.sort(Comparator.comparingInt((Route r) -> r.variables.size()));
    return routes;
  }

  private static List<List<String>> security(OpenAPI openApi, Operation operation) {
    List<SecurityRequirement> requirements =
        operation.getSecurity() != null ? operation.getSecurity() : openApi.getSecurity();
    List<List<String>> alternatives = new ArrayList<>();
    if (requirements != null) {
      for (SecurityRequirement requirement : requirements) {
        alternatives.add(List.copyOf(requirement.keySet()));
      }
    }
    return List.copyOf(alternatives);
  }

  private static String decode(String segment) {
    HttpUrl url = HttpUrl.parse("http://sandbox.invalid/" + segment);
    return url == null ? segment : url.pathSegments().get(0);
  }

  private static String trimSlash(String path) {
    if (path == null) {
      return "";
    }
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static String read(String file) {
    String resource = "/io/cpaaskit/sandbox/specs/" + file;
    try (InputStream in = SpecApi.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("spec " + resource + " is missing from the sandbox jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** One operation of the spec and its path pattern. */
  public static final class Route {
    private final String template;
    private final String method;
    private final Operation operation;
    private final List<List<String>> security;
    private final Pattern pattern;
    private final List<String> variables = new ArrayList<>();

    Route(String template, String method, Operation operation, List<List<String>> security) {
      this.template = template;
      this.method = method;
      this.operation = operation;
      this.security = security;
      StringBuilder regex = new StringBuilder();
      Matcher matcher = VARIABLE.matcher(template);
      int last = 0;
      while (matcher.find()) {
        regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("([^/]+)");
        variables.add(matcher.group(1));
        last = matcher.end();
      }
      regex.append(Pattern.quote(template.substring(last)));
      this.pattern = Pattern.compile(regex.toString());
    }

    /** The operationId. */
    public String operationId() {
      return operation.getOperationId();
    }

    /** The path template, relative to the base path. */
    public String template() {
      return template;
    }

    /** The HTTP method. */
    public String method() {
      return method;
    }

    /** The security alternatives. */
    public List<List<String>> security() {
      return security;
    }
  }

  /** A route and the decoded values of its path variables; {@code route} is null when only the path matched. */
  public record RouteMatch(Route route, Map<String, String> pathParams) {}
}
