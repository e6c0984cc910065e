package io.cpaaskit.core.retrofit.internal;

import io.cpaaskit.core.retrofit.E164;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Turns an {@link E164} path argument into its once-encoded form: {@code +919876543210} and
 * {@code %2B919876543210} both become {@code %2B919876543210}. Every other character that is not unreserved in a
 * path segment is percent-encoded too, so the (encoded) parameter can never inject a {@code /} or {@code ?}.
 */
public final class E164PathConverterFactory extends Converter.Factory {
  public static final E164PathConverterFactory INSTANCE = new E164PathConverterFactory();

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private E164PathConverterFactory() {}

  @Override
  public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof E164) {
        return value -> encode(String.valueOf(value));
      }
    }
    return null;
  }

  /**
   * Encodes one E.164 path segment exactly once.
   *
   * @param value the number as the caller wrote it, with {@code +}, {@code %2B} or no prefix
   * @return the segment as it must appear on the wire
   */
  public static String encode(String value) {
    String plain = value.regionMatches(true, 0, "%2B", 0, 3) ? "+" + value.substring(3) : value;
    StringBuilder out = new StringBuilder(plain.length() + 2);
    for (byte b : plain.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }
}
