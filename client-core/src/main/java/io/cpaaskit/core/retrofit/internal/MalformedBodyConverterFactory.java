package io.cpaaskit.core.retrofit.internal;

import com.squareup.moshi.JsonDataException;
import io.cpaaskit.core.errors.MalformedBodyException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Wraps the JSON converter so that a body which parses as JSON but does not fit the model fails the call with a
 * checked {@link MalformedBodyException}: Retrofit lets a converter's unchecked exception escape {@code execute()}.
 */
public final class MalformedBodyConverterFactory extends Converter.Factory {
  private static final Pattern QUOTED_VALUE = Pattern.compile("(Expected .*?) but was .* at path (\\S+)", Pattern.DOTALL);

  private final Converter.Factory delegate;

  /**
   * Wraps a converter factory.
   *
   * @param delegate the JSON converter factory
   */
  public MalformedBodyConverterFactory(Converter.Factory delegate) {
    this.delegate = delegate;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> converter = delegate.responseBodyConverter(type, annotations, retrofit);
    if (converter == null) {
      return null;
    }
    return body -> {
      try {
        return converter.convert(body);
      } catch (JsonDataException e) {
        // Moshi's message can quote the offending value ("Expected an int but was <value>"), which may be anything
        // the server sent; keep what was expected and where, and leave the parser's exception (and its message) out.
        throw new MalformedBodyException("the body does not fit " + type.getTypeName() + ": " + withoutValue(e.getMessage()));
      }
    };
  }

  static String withoutValue(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    Matcher quoted = QUOTED_VALUE.matcher(message);
    return quoted.matches() ? quoted.group(1) + " at path " + quoted.group(2) : message;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    return delegate.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  @Override
  public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    return delegate.stringConverter(type, annotations, retrofit);
  }
}
