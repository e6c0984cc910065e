package io.cpaaskit.core.json.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.cpaaskit.core.json.DecimalString;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/** Registers the lenient adapters; see {@link io.cpaaskit.core.json.LenientJson} for what they accept. */
public final class LenientAdapters {
  private LenientAdapters() {}

  /**
   * Adds every lenient adapter to {@code builder}.
   *
   * @param builder the builder to extend
   * @return the same builder
   */
  public static Moshi.Builder install(Moshi.Builder builder) {
    return builder
        .add(UnrecognizedEnumAdapterFactory.INSTANCE)
        .add(LenientAdapters::scalarAdapter);
  }

  private static JsonAdapter<?> scalarAdapter(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (type == BigDecimal.class) {
      if (annotations.isEmpty()) {
        return DecimalAdapter.AS_NUMBER;
      }
      if (Types.nextAnnotations(annotations, DecimalString.class) != null && annotations.size() == 1) {
        return DecimalAdapter.AS_STRING;
      }
      return null;
    }
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == OffsetDateTime.class) {
      return TimestampAdapter.INSTANCE;
    }
    if (type == LocalDate.class) {
      return LocalDateAdapter.INSTANCE;
    }
    return null;
  }
}
