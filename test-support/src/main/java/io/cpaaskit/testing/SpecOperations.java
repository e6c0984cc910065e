package io.cpaaskit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The operations of one spec under {@code specs/}, read straight from the YAML so tests compare the generated
 * client with the spec rather than with themselves.
 */
public final class SpecOperations {
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final String file;
  private final String basePath;
  private final Map<String, SpecOperation> operations;

  private SpecOperations(String file, String basePath, Map<String, SpecOperation> operations) {
    this.file = file;
    this.basePath = basePath;
    this.operations = operations;
  }

  /**
   * Reads a spec.
   *
   * @param repoRelativePath the spec's path from the repository root, e.g. {@code specs/voipbin.yaml}
   * @return its operations
   */
  public static SpecOperations load(String repoRelativePath) {
    Path path = repositoryRoot().resolve(repoRelativePath);
    Map<String, Object> root;
    try (InputStream in = Files.newInputStream(path)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    List<Map<String, Object>> servers = list(root.get("servers"));
    String serverUrl = servers.isEmpty() ? "/" : String.valueOf(servers.get(0).get("url"));
    String basePath = URI.create(serverUrl).getPath();
    basePath = basePath == null || basePath.isEmpty() ? "/" : basePath;

    Map<String, Object> components = map(root.get("components"));
    Map<String, Object> sharedParameters = map(components.get("parameters"));
    Map<String, Object> sharedResponses = map(components.get("responses"));
    List<String> globalSecurity = schemeNames(root.get("security"));

    Map<String, SpecOperation> operations = new LinkedHashMap<>();
    for (Map.Entry<String, Object> pathEntry : map(root.get("paths")).entrySet()) {
      Map<String, Object> pathItem = map(pathEntry.getValue());
      List<Map<String, Object>> pathParameters = resolve(list(pathItem.get("parameters")), sharedParameters);
      for (String method : METHODS) {
        if (!pathItem.containsKey(method)) {
          continue;
        }
        Map<String, Object> operation = map(pathItem.get(method));
        String id = String.valueOf(operation.get("operationId"));
        List<Map<String, Object>> parameters = new ArrayList<>(pathParameters);
        parameters.addAll(resolve(list(operation.get("parameters")), sharedParameters));
        Set<String> query = new LinkedHashSet<>();
        Set<String> requiredQuery = new LinkedHashSet<>();
        for (Map<String, Object> parameter : parameters) {
          if ("query".equals(parameter.get("in"))) {
            String name = String.valueOf(parameter.get("name"));
            query.add(name);
            if (Boolean.TRUE.equals(parameter.get("required"))) {
              requiredQuery.add(name);
            }
          }
        }
        Set<String> successMediaTypes = new LinkedHashSet<>();
        for (Map.Entry<String, Object> response : map(operation.get("responses")).entrySet()) {
          if (response.getKey().startsWith("2")) {
            successMediaTypes.addAll(map(resolve(map(response.getValue()), sharedResponses).get("content")).keySet());
          }
        }
        Map<String, Object> requestBody = map(operation.get("requestBody"));
        List<String> security =
            operation.containsKey("security") ? schemeNames(operation.get("security")) : globalSecurity;
        SpecOperation previous =
            operations.put(
                id,
                new SpecOperation(
                    id,
                    method.toUpperCase(Locale.ROOT),
                    pathEntry.getKey(),
                    Collections.unmodifiableSet(query),
                    Collections.unmodifiableSet(requiredQuery),
                    !requestBody.isEmpty(),
                    Boolean.TRUE.equals(requestBody.get("required")),
                    security,
                    Collections.unmodifiableSet(successMediaTypes)));
        if (previous != null) {
          throw new IllegalStateException(repoRelativePath + ": operationId " + id + " is used twice");
        }
      }
    }
    return new SpecOperations(repoRelativePath, basePath, Collections.unmodifiableMap(operations));
  }

  /**
   * Returns the spec's file, as given to {@link #load}.
   *
   * @return the repository-relative path
   */
  public String file() {
    return file;
  }

  /**
   * Returns the path of the spec's first server URL, e.g. {@code /api/v1}; {@code /} when it has none.
   *
   * @return the base path
   */
  public String basePath() {
    return basePath;
  }

  /**
   * Returns every operationId in the spec, in document order.
   *
   * @return the operationIds
   */
  public Set<String> operationIds() {
    return operations.keySet();
  }

  /**
   * Returns one operation.
   *
   * @param operationId the operationId
   * @return the operation
   * @throws AssertionError if the spec has no such operation
   */
  public SpecOperation operation(String operationId) {
    SpecOperation operation = operations.get(operationId);
    if (operation == null) {
      throw new AssertionError(file + " has no operation " + operationId);
    }
    return operation;
  }

  /** Locates the repository root: the nearest directory upwards from the working directory holding {@code specs/}. */
  static Path repositoryRoot() {
    Path dir = Paths.get("").toAbsolutePath();
    for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
      if (Files.isDirectory(candidate.resolve("specs"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("no specs/ directory above " + dir);
  }

  private static List<Map<String, Object>> resolve(List<Map<String, Object>> parameters, Map<String, Object> shared) {
    List<Map<String, Object>> resolved = new ArrayList<>();
    for (Map<String, Object> parameter : parameters) {
      resolved.add(resolve(parameter, shared));
    }
    return resolved;
  }

  /** Follows a local {@code $ref} into the components section given, or returns the object itself. */
  private static Map<String, Object> resolve(Map<String, Object> object, Map<String, Object> shared) {
    Object ref = object.get("$ref");
    if (ref == null) {
      return object;
    }
    return map(shared.get(String.valueOf(ref).substring(String.valueOf(ref).lastIndexOf('/') + 1)));
  }

  private static List<String> schemeNames(Object security) {
    Set<String> names = new LinkedHashSet<>();
    for (Map<String, Object> requirement : list(security)) {
      names.addAll(requirement.keySet());
    }
    return List.copyOf(names);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return value instanceof List ? (List<Map<String, Object>>) value : List.of();
  }

  /**
   * One operation as the spec declares it.
   *
   * @param id the operationId
   * @param method the HTTP method, upper case
   * @param path the path template as written in the spec, e.g. {@code /Account/{auth_id}/Call/}
   * @param queryParameters names of every query parameter the operation declares
   * @param requiredQueryParameters names of the required ones
   * @param hasRequestBody whether a request body is declared
   * @param requestBodyRequired whether the body is required
   * @param security the security scheme names of all requirements, in spec order
   * @param successMediaTypes the media types of its 2xx answers, in spec order
   */
  public record SpecOperation(
      String id,
      String method,
      String path,
      Set<String> queryParameters,
      Set<String> requiredQueryParameters,
      boolean hasRequestBody,
      boolean requestBodyRequired,
      List<String> security,
      Set<String> successMediaTypes) {}
}
