package io.cpaaskit.core.json;

import com.squareup.moshi.Moshi;
import io.cpaaskit.core.json.internal.LenientAdapters;
import java.util.Objects;

/**
 * The one {@link Moshi} configuration every generated vendor client reads and writes JSON with.
 *
 * <p>Vendors send the same kind of value in several forms, and this is where all of them are accepted:
 *
 * <ul>
 *   <li>{@link java.math.BigDecimal} from a JSON number or a JSON string, digits and scale intact; an empty string
 *       reads as {@code null}. Members marked {@link DecimalString} are written back as strings.
 *   <li>{@link java.time.OffsetDateTime} from ISO-8601 with {@code Z} or an offset, and from
 *       {@code YYYY-MM-DD HH:MM:SS[.ffffff][+hh:mm]}; a value without an offset is taken as UTC. Written as ISO-8601.
 *   <li>{@link java.time.LocalDate} from {@code YYYY-MM-DD} (or the date part of a timestamp).
 *   <li>Generated enums never fail on a value they do not know: it maps to their {@code UNRECOGNIZED} constant.
 *   <li>Identifiers are declared as strings, and Moshi reads a JSON number into a string verbatim, so a 17-digit
 *       id never loses a digit. Unknown members are ignored.
 * </ul>
 *
 * <p>A malformed value fails with Moshi's {@link com.squareup.moshi.JsonDataException}, whose message carries
 * the JSON path of the member.
 */
public final class LenientJson {
  private static final Moshi MOSHI = addTo(new Moshi.Builder()).build();

  private LenientJson() {}

  /**
   * Returns the shared, immutable {@link Moshi} with every lenient adapter installed.
   *
   * @return the shared instance; derive your own with {@code moshi().newBuilder()} to add adapters
   */
  public static Moshi moshi() {
    return MOSHI;
  }

  /**
   * Installs the lenient adapters into {@code builder}, for callers that assemble their own {@link Moshi}.
   *
   * @param builder the builder to extend
   * @return the same builder
   */
  public static Moshi.Builder addTo(Moshi.Builder builder) {
    Objects.requireNonNull(builder, "builder == null");
    return LenientAdapters.install(builder);
  }
}
