package io.cpaaskit.core.json.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads {@code YYYY-MM-DD}, or the date of a full timestamp, into a {@link LocalDate}; writes ISO-8601. */
final class LocalDateAdapter extends JsonAdapter<LocalDate> {
  static final LocalDateAdapter INSTANCE = new LocalDateAdapter();

  private LocalDateAdapter() {}

  @Override
  public LocalDate fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String text = reader.nextString().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return text.length() == 10 ? LocalDate.parse(text) : TimestampAdapter.parse(text).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new JsonDataException("Expected a date but was \"" + text + "\" at path " + reader.getPath(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, LocalDate value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else {
      writer.value(value.toString());
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(LocalDate, lenient)";
  }
}
