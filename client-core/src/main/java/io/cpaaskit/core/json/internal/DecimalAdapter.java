package io.cpaaskit.core.json.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;

/** Reads a {@link BigDecimal} from a JSON number or string without a detour through {@code double}. */
final class DecimalAdapter extends JsonAdapter<BigDecimal> {
  static final DecimalAdapter AS_NUMBER = new DecimalAdapter(false);
  static final DecimalAdapter AS_STRING = new DecimalAdapter(true);

  private final boolean writeAsString;

  private DecimalAdapter(boolean writeAsString) {
    this.writeAsString = writeAsString;
  }

  @Override
  public BigDecimal fromJson(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
      throw new JsonDataException("Expected a decimal number or string but was " + token + " at path " + reader.getPath());
    }
    // nextString() returns a JSON number's literal text, so no digit is lost to double rounding.
    String text = reader.nextString().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new JsonDataException("Expected a decimal number but was \"" + text + "\" at path " + reader.getPath(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (writeAsString) {
      writer.value(value.toPlainString());
    } else {
      writer.value(value);
    }
  }

  @Override
  public String toString() {
    return writeAsString ? "JsonAdapter(BigDecimal as string)" : "JsonAdapter(BigDecimal)";
  }
}
