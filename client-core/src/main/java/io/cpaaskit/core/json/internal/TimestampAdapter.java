package io.cpaaskit.core.json.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Reads every timestamp form our vendors send into an {@link OffsetDateTime}; writes ISO-8601.
 *
 * <p>Accepted: {@code 2026-09-29T10:01:10Z}, {@code 2026-09-29T10:01:10.123+05:30}, {@code 2026-09-29 10:01:10},
 * {@code 2026-09-29 10:01:10.12345+05:30}, {@code 2026-09-29 10:01:10+0530}, {@code 2026-09-29 10:01:10 +05:30}.
 * Fractions of up to nine digits; an absent offset means UTC (the vendors document their servers in UTC).
 */
final class TimestampAdapter extends TextValueAdapter<OffsetDateTime> {
  static final TimestampAdapter INSTANCE = new TimestampAdapter();

  private static final DateTimeFormatter LENIENT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart().appendLiteral('T').optionalEnd()
          .optionalStart().appendLiteral(' ').optionalEnd()
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .optionalEnd()
          .optionalStart().appendLiteral(' ').optionalEnd()
          .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
          .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
          .optionalStart().appendOffset("+HH", "Z").optionalEnd()
          .toFormatter();

  private TimestampAdapter() {
    super("timestamp");
  }

  @Override
  OffsetDateTime parse(String text) {
    return parseTimestamp(text);
  }

  static OffsetDateTime parseTimestamp(String text) {
    TemporalAccessor parsed = LENIENT.parse(text);
    LocalDateTime local = LocalDateTime.from(parsed);
    ZoneOffset offset =
        parsed.isSupported(ChronoField.OFFSET_SECONDS)
            ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
            : ZoneOffset.UTC;
    return OffsetDateTime.of(local, offset);
  }

  @Override
  String format(OffsetDateTime value) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }
}
