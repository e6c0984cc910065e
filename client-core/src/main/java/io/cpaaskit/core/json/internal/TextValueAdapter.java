package io.cpaaskit.core.json.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * A value that travels as JSON text: {@code null} and blank strings read as {@code null}, anything that does not
 * parse fails with a {@link JsonDataException} naming the JSON path and the offending text.
 */
abstract class TextValueAdapter<T> extends JsonAdapter<T> {
  private final String kind;

  TextValueAdapter(String kind) {
    this.kind = kind;
  }

  /** Parses trimmed, non-empty text; throws a {@link RuntimeException} when it is not a valid value. */
  abstract T parse(String text);

  /** Formats a non-null value for the wire. */
  abstract String format(T value);

  @Override
  public final T fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String text = reader.nextString().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return parse(text);
    } catch (RuntimeException e) {
      throw new JsonDataException(
          "Expected a " + kind + " but was \"" + text + "\" at path " + reader.getPath(), e);
    }
  }

  @Override
  public final void toJson(JsonWriter writer, T value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else {
      writer.value(format(value));
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + kind + ", lenient)";
  }
}
