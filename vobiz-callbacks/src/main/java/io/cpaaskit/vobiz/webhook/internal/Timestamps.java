package io.cpaaskit.vobiz.webhook.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the timestamp forms Vobiz sends: ISO-8601 with {@code Z} or an offset, {@code YYYY-MM-DD HH:MM:SS} with an
 * optional fraction, and either of those with an offset after a space ({@code +05:30}, {@code +0530}).
 */
public final class Timestamps {
  private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile("\\s+([+-]\\d{2}:?\\d{2}|Z)$");
  private static final DateTimeFormatter LENIENT =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter();

  private Timestamps() {}

  /**
   * Parses a timestamp; a value without an offset is read in {@code zoneForLocalTimes}.
   *
   * @param value the text, or null
   * @param zoneForLocalTimes the zone a value without an offset is in
   * @return the instant with its offset, or empty if the value is null, blank or not a timestamp
   */
  public static Optional<OffsetDateTime> parse(String value, ZoneId zoneForLocalTimes) {
    Objects.requireNonNull(zoneForLocalTimes, "zoneForLocalTimes == null");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    if (text.length() > 10 && text.charAt(10) == ' ') {
      text = text.substring(0, 10) + 'T' + text.substring(11);
    }
    text = SPACE_BEFORE_OFFSET.matcher(text).replaceFirst("$1");
    try {
      TemporalAccessor parsed = LENIENT.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
      if (parsed instanceof OffsetDateTime) {
        return Optional.of((OffsetDateTime) parsed);
      }
      return Optional.of(((LocalDateTime) parsed).atZone(zoneForLocalTimes).toOffsetDateTime());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
