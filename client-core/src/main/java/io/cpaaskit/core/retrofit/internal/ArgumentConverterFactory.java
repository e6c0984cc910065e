package io.cpaaskit.core.retrofit.internal;

import io.cpaaskit.core.retrofit.E164;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.Header;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Checks and converts the arguments a generated method puts into the URL or a header, before anything is sent:
 *
 * <ul>
 *   <li>A path argument must not be blank: an empty segment turns {@code Conference/{name}/} into
 *       {@code Conference//}, which a server that merges slashes reads as the collection (Vobiz's
 *       {@code DELETE …/Conference/} hangs up every conference).
 *   <li>An enum argument must not be {@code UNRECOGNIZED}: that constant stands for a value the client read but did
 *       not know, and has no wire form; Retrofit would send it as the text {@code null}.
 *   <li>An {@link E164} path argument is sent once-encoded: {@code +919876543210} and {@code %2B919876543210} both
 *       become {@code %2B919876543210}. Every other character that is not unreserved in a path segment is
 *       percent-encoded too, so the (encoded) parameter can never inject a {@code /} or {@code ?}.
 * </ul>
 *
 * Each failure is an {@link IllegalArgumentException} naming the parameter; Retrofit throws it from
 * {@code execute()}, or hands it to {@code onFailure} for {@code enqueue()}. The text of a value comes from a string
 * converter added after this factory when there is one, else from {@code toString()}. Other arguments are left to
 * Retrofit.
 */
public final class ArgumentConverterFactory extends Converter.Factory {
  public static final ArgumentConverterFactory INSTANCE = new ArgumentConverterFactory();

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ArgumentConverterFactory() {}

  @Override
  public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    String parameter = null;
    boolean path = false;
    boolean e164 = false;
    for (Annotation annotation : annotations) {
      if (annotation instanceof Path p) {
        parameter = "path parameter \"" + p.value() + "\"";
        path = true;
      } else if (annotation instanceof Query q) {
        parameter = "query parameter \"" + q.value() + "\"";
      } else if (annotation instanceof Header h) {
        parameter = "header \"" + h.value() + "\"";
      } else if (annotation instanceof E164) {
        e164 = true;
      }
    }
    boolean enumType = type instanceof Class<?> c && c.isEnum();
    if (parameter == null || !(path || enumType)) {
      return null;
    }
    String name = parameter;
    boolean checkBlank = path;
    boolean encodeE164 = e164;
    Converter<Object, String> next = next(type, annotations, retrofit);
    return value -> {
      if (value instanceof Enum<?> constant && constant.name().equals("UNRECOGNIZED")) {
        throw new IllegalArgumentException(
            name + " is UNRECOGNIZED: that constant stands for a value the client received but did not know, and cannot be sent");
      }
      String text = next != null ? next.convert(value) : value.toString();
      if (checkBlank && text.isBlank()) {
        throw new IllegalArgumentException(name + " is blank: an empty path segment would address another resource");
      }
      return encodeE164 ? encode(text) : text;
    };
  }

  /**
   * The string converter a factory added after this one offers for the parameter, so that a caller's own converter
   * still turns the value into text; the checks then apply to that text.
   */
  @SuppressWarnings("unchecked")
  private Converter<Object, String> next(Type type, Annotation[] annotations, Retrofit retrofit) {
    java.util.List<Converter.Factory> factories = retrofit.converterFactories();
    for (int i = factories.indexOf(this) + 1; i > 0 && i < factories.size(); i++) {
      Converter<?, String> converter = factories.get(i).stringConverter(type, annotations, retrofit);
      if (converter != null) {
        return (Converter<Object, String>) converter;
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
