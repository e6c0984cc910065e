package io.cpaaskit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import io.cpaaskit.core.json.LenientJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Reading example payloads from test resources and round-tripping them through the shared lenient Moshi. */
public final class ExamplePayloads {
  private static final JsonAdapter<Object> ANY = LenientJson.moshi().adapter(Object.class);

  private ExamplePayloads() {}

  /**
   * Reads a test resource as UTF-8.
   *
   * @param resource the absolute resource path, e.g. {@code /examples/vobiz/voice/call.json}
   * @return its text
   * @throws IOException if it cannot be read
   */
  public static String load(String resource) throws IOException {
    try (InputStream in = ExamplePayloads.class.getResourceAsStream(resource)) {
      assertThat(in).as("example %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Parses JSON into a model with the shared lenient Moshi; the result must not be {@code null}.
   *
   * @param json the JSON
   * @param type the model
   * @param <T> the model type
   * @return the parsed model
   * @throws IOException if the JSON is malformed
   */
  public static <T> T read(String json, Class<T> type) throws IOException {
    T value = LenientJson.moshi().adapter(type).fromJson(json);
    assertThat(value).as("parsed %s", type.getSimpleName()).isNotNull();
    return value;
  }

  /**
   * Writes a model with the shared lenient Moshi.
   *
   * @param value the model
   * @param type its type
   * @param <T> the model type
   * @return the JSON
   */
  public static <T> String write(T value, Class<T> type) {
    return LenientJson.moshi().adapter(type).toJson(value);
  }

  /**
   * Writes a model and reads it back as a JSON object tree, to assert on wire names and values.
   *
   * @param value the model
   * @param type its type
   * @param <T> the model type
   * @return the members as written
   * @throws IOException never, in practice
   */
  public static <T> Map<String, Object> writeAsMap(T value, Class<T> type) throws IOException {
    return map(ANY.fromJson(write(value, type)));
  }

  /**
   * Casts a JSON tree value to an object, asserting it is one.
   *
   * @param value the value
   * @return the object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  /**
   * Casts a JSON tree value to an array, asserting it is one.
   *
   * @param value the value
   * @return the array
   */
  @SuppressWarnings("unchecked")
  public static List<Object> list(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<Object>) value;
  }
}
