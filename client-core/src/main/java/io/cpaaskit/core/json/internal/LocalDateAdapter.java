package io.cpaaskit.core.json.internal;

import java.time.LocalDate;

/** Reads {@code YYYY-MM-DD}, or the date of a full timestamp, into a {@link LocalDate}; writes ISO-8601. */
final class LocalDateAdapter extends TextValueAdapter<LocalDate> {
  static final LocalDateAdapter INSTANCE = new LocalDateAdapter();

  private LocalDateAdapter() {
    super("date");
  }

  @Override
  LocalDate parse(String text) {
    return text.length() == 10 ? LocalDate.parse(text) : TimestampAdapter.parseTimestamp(text).toLocalDate();
  }

  @Override
  String format(LocalDate value) {
    return value.toString();
  }
}
