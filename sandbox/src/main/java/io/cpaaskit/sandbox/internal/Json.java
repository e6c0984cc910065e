package io.cpaaskit.sandbox.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;

/** Untyped JSON for the emulators: maps, lists, strings, numbers and booleans, as Moshi reads and writes them. */
public final class Json {
  private static final JsonAdapter<Object> ANY = new Moshi.Builder().build().adapter(Object.class).serializeNulls();

  private Json() {}

  /**
   * Writes a value ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean} or {@code null}).
   *
   * @param value the value
   * @return its JSON text
   */
  public static String write(Object value) {
    return ANY.toJson(value);
  }

  /**
   * Reads JSON text into maps, lists and doubles.
   *
   * @param text the text
   * @return the value
   * @throws IOException if the text is not JSON
   */
  public static Object read(String text) throws IOException {
    return ANY.fromJson(text);
  }
}
