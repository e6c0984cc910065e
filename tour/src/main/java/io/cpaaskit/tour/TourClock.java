package io.cpaaskit.tour;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The wall clock plus an offset the tour can move forward, shared by a sandbox and its clients: "an hour later"
 * takes no time, and both sides agree on when a token expires.
 */
final class TourClock extends Clock {
  private volatile Duration offset = Duration.ZERO;

  void advance(Duration duration) {
    offset = offset.plus(duration);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the tour clock is UTC only");
  }
}
