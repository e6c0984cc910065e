package io.cpaaskit.core.json.internal;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * For every enum that declares an {@code UNRECOGNIZED} constant (all generated ones do), maps wire values through
 * their {@link Json} names, an empty string to {@code null} (vendors use it for "not set"), and any other value it
 * does not know to {@code UNRECOGNIZED} instead of failing. Other enums
 * are left to Moshi's strict built-in adapter.
 */
final class UnrecognizedEnumAdapterFactory implements JsonAdapter.Factory {
  static final String FALLBACK = "UNRECOGNIZED";
  static final UnrecognizedEnumAdapterFactory INSTANCE = new UnrecognizedEnumAdapterFactory();

  private UnrecognizedEnumAdapterFactory() {}

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (!raw.isEnum()) {
      return null;
    }
    return rawAdapterFor(raw);
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // raw is an enum class; its exact type is only known at run time
  private static JsonAdapter<?> rawAdapterFor(Class<?> raw) {
    return adapterFor((Class) raw);
  }

  private static <E extends Enum<E>> JsonAdapter<E> adapterFor(Class<E> enumType) {
    E fallback = null;
    Map<String, E> byWireName = new HashMap<>();
    Map<E, String> wireNames = new HashMap<>();
    for (E constant : enumType.getEnumConstants()) {
      if (constant.name().equals(FALLBACK)) {
        fallback = constant;
        continue;
      }
      String wireName = wireName(enumType, constant);
      byWireName.put(wireName, constant);
      wireNames.put(constant, wireName);
    }
    if (fallback == null) {
      return null;
    }
    return new EnumAdapter<>(enumType, byWireName, wireNames, fallback).nullSafe();
  }

  private static String wireName(Class<?> enumType, Enum<?> constant) {
    try {
      Json json = enumType.getField(constant.name()).getAnnotation(Json.class);
      return json != null && !json.ignore() ? json.name() : constant.name();
    } catch (NoSuchFieldException e) {
      throw new AssertionError("enum constant without a field: " + constant, e);
    }
  }

  private static final class EnumAdapter<E extends Enum<E>> extends JsonAdapter<E> {
    private final Class<E> enumType;
    private final Map<String, E> byWireName;
    private final Map<E, String> wireNames;
    private final E fallback;

    EnumAdapter(Class<E> enumType, Map<String, E> byWireName, Map<E, String> wireNames, E fallback) {
      this.enumType = enumType;
      this.byWireName = byWireName;
      this.wireNames = wireNames;
      this.fallback = fallback;
    }

    @Override
    public E fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.BEGIN_ARRAY || reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
        reader.skipValue();
        return fallback;
      }
      // nextString() also accepts numbers and booleans; an integer enum's wire names are their digits.
      String value = reader.peek() == JsonReader.Token.BOOLEAN ? String.valueOf(reader.nextBoolean()) : reader.nextString();
      E constant = byWireName.get(value);
      if (constant == null && value.isEmpty()) {
        // Vendors send "" for "not set yet" (VoIPBIN's hangup_by while a call is up): that is no value, not a new one.
        return null;
      }
      return constant != null ? constant : fallback;
    }

    @Override
    public void toJson(JsonWriter writer, E value) throws IOException {
      String wireName = wireNames.get(value);
      if (wireName == null) {
        // UNRECOGNIZED has no wire value of its own; writing null drops the member (nulls are not serialised).
        writer.nullValue();
      } else {
        writer.value(wireName);
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + enumType.getName() + ", unknown values -> " + FALLBACK + ")";
    }
  }
}
