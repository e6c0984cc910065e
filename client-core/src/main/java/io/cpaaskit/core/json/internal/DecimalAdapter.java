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
  /**
   * The most digits a value may have when written out in full. Money, rates and IDs have a few dozen; a literal
   * such as {@code 1e999999999} parses into a small BigDecimal whose plain form would be a billion digits long, and
   * writing it back (or comparing it) would run for minutes.
   */
  static final int MAX_PLAIN_DIGITS = 1000;

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
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new JsonDataException("Expected a decimal number but was \"" + abbreviate(text) + "\" at path " + reader.getPath(), e);
    }
    long plainDigits = Math.max(value.precision(), value.scale()) + Math.max(0L, -(long) value.scale());
    if (plainDigits > MAX_PLAIN_DIGITS) {
      throw new JsonDataException("Expected a decimal number of at most " + MAX_PLAIN_DIGITS + " digits but was \""
          + abbreviate(text) + "\" at path " + reader.getPath());
    }
    return value;
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

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…(" + text.length() + " characters)";
  }

  @Override
  public String toString() {
    return writeAsString ? "JsonAdapter(BigDecimal as string)" : "JsonAdapter(BigDecimal)";
  }
}
