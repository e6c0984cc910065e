package io.cpaaskit.vobiz.webhook;

import io.cpaaskit.vobiz.webhook.internal.FormBody;
import io.cpaaskit.vobiz.webhook.internal.Timestamps;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A voice callback from Vobiz: the form-encoded parameters it sends to answer, hangup, ring and action URLs
 * ({@code CallUUID=...&From=...&Event=Hangup&...}), with typed accessors for the documented ones and {@link #raw()}
 * for every field as received, so nothing is lost.
 *
 * <pre>{@code
 * VoiceCallback callback = VoiceCallback.parse(rawBody);          // the POST body, or a GET's query string
 * if (callback.event().orElse(null) == VoiceCallback.Event.HANGUP) {
 *   Duration billed = callback.billDuration().orElse(Duration.ZERO);
 *   String cause = callback.hangupCause().orElse("unknown");
 * }
 * Optional<String> pressed = callback.digits();                   // from a Gather action URL
 * }</pre>
 *
 * <p><b>Lenient by design.</b> A callback must never fail because Vobiz added a field or a value: unknown fields are
 * kept in {@link #raw()}, an event or status this version does not know maps to {@code UNRECOGNIZED}, and a typed
 * accessor returns empty when the field is absent, empty, or not of the expected shape (the text stays available
 * through {@link #first(String)}). Only a malformed percent escape fails parsing.
 *
 * <p><b>Phone numbers.</b> In this format {@code +} means a space, so Vobiz sends {@code %2B919876543210}. Should a
 * sender leave the plus sign unencoded, {@link #from()}, {@link #to()} and {@link #forwardedFrom()} turn the
 * resulting leading space back into {@code +} when the rest is all digits; {@link #raw()} keeps what was decoded.
 *
 * <p><b>Timestamps.</b> {@code StartTime}, {@code AnswerTime} and {@code EndTime} usually come as
 * {@code yyyy-MM-dd HH:mm:ss} without an offset, in the timezone set in your Vobiz console (Vobiz documents this for
 * the call object; the callbacks are silent, so we read them the same way). Their accessors therefore take that
 * zone; a value that carries an offset keeps it.
 *
 * <p>Instances are immutable. Field names are matched exactly, as Vobiz spells them.
 */
public final class VoiceCallback {
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final Map<String, List<String>> fields;

  private VoiceCallback(Map<String, List<String>> fields) {
    this.fields = fields;
  }

  /**
   * Parses a form-encoded body ({@code application/x-www-form-urlencoded}) or a GET callback's query string.
   *
   * @param formBody the body as text
   * @return the callback
   * @throws IllegalArgumentException if a percent escape is malformed (the message names the field)
   */
  public static VoiceCallback parse(String formBody) {
    return new VoiceCallback(FormBody.decode(Objects.requireNonNull(formBody, "formBody == null")));
  }

  /**
   * Parses a form-encoded body from its bytes (read as UTF-8, which the escapes decode to).
   *
   * @param formBody the body as received
   * @return the callback
   * @throws IllegalArgumentException if a percent escape is malformed (the message names the field)
   */
  public static VoiceCallback parse(byte[] formBody) {
    Objects.requireNonNull(formBody, "formBody == null");
    return parse(new String(formBody, StandardCharsets.UTF_8));
  }

  /**
   * Wraps parameters your framework already decoded (for a servlet, convert {@code getParameterMap()} with
   * {@code List.of(values)}).
   *
   * @param parameters names to decoded values
   * @return the callback
   */
  public static VoiceCallback fromParameters(Map<String, ? extends Collection<String>> parameters) {
    Objects.requireNonNull(parameters, "parameters == null");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ? extends Collection<String>> entry : parameters.entrySet()) {
      String name = Objects.requireNonNull(entry.getKey(), "parameters contains a null name");
      List<String> values = new ArrayList<>();
      if (entry.getValue() != null) {
        for (String value : entry.getValue()) {
          values.add(value == null ? "" : value);
        }
      }
      copy.put(name, Collections.unmodifiableList(values));
    }
    return new VoiceCallback(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns every field as received, in order, with every value of a repeated field.
   *
   * @return an unmodifiable map of field names to values
   */
  public Map<String, List<String>> raw() {
    return fields;
  }

  /**
   * Returns the first value of a field, as received (possibly empty).
   *
   * @param name the field name, exactly as Vobiz spells it
   * @return the value, or empty when the field is absent
   */
  public Optional<String> first(String name) {
    List<String> values = fields.get(Objects.requireNonNull(name, "name == null"));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns the call's identifier ({@code CallUUID}).
   *
   * @return the UUID, or empty
   */
  public Optional<String> callUuid() {
    return text("CallUUID");
  }

  /**
   * Returns the calling number ({@code From}): the caller's ID inbound, your caller ID outbound.
   *
   * @return the number, with its {@code +} (see the class comment), or empty
   */
  public Optional<String> from() {
    return phone("From");
  }

  /**
   * Returns the called number ({@code To}): your number inbound, the destination outbound.
   *
   * @return the number, with its {@code +}, or empty
   */
  public Optional<String> to() {
    return phone("To");
  }

  /**
   * Returns the number a forwarded call came through ({@code ForwardedFrom}), when the carrier passes it.
   *
   * @return the number, or empty
   */
  public Optional<String> forwardedFrom() {
    return phone("ForwardedFrom");
  }

  /**
   * Returns the caller's name ({@code CallerName}).
   *
   * @return the name, or empty
   */
  public Optional<String> callerName() {
    return text("CallerName");
  }

  /**
   * Returns why Vobiz called ({@code Event}).
   *
   * @return the event, {@link Event#UNRECOGNIZED} for a value this version does not know, or empty when absent
   */
  public Optional<Event> event() {
    return text("Event").map(Event::fromWire);
  }

  /**
   * Returns the call's status ({@code CallStatus}).
   *
   * @return the status, {@link CallStatus#UNRECOGNIZED} for an unknown value, or empty when absent
   */
  public Optional<CallStatus> callStatus() {
    return text("CallStatus").map(CallStatus::fromWire);
  }

  /**
   * Returns the call's direction ({@code Direction}).
   *
   * @return the direction, {@link Direction#UNRECOGNIZED} for an unknown value, or empty when absent
   */
  public Optional<Direction> direction() {
    return text("Direction").map(Direction::fromWire);
  }

  /**
   * Returns the A leg's identifier of an outbound call ({@code ALegUUID}).
   *
   * @return the UUID, or empty (always for inbound calls)
   */
  public Optional<String> aLegUuid() {
    return text("ALegUUID");
  }

  /**
   * Returns the request identifier of the API call that placed an outbound call ({@code ALegRequestUUID}).
   *
   * @return the UUID, or empty
   */
  public Optional<String> aLegRequestUuid() {
    return text("ALegRequestUUID");
  }

  /**
   * Returns the request identifier ({@code RequestUUID}).
   *
   * @return the UUID, or empty
   */
  public Optional<String> requestUuid() {
    return text("RequestUUID");
  }

  /**
   * Returns the standard telephony hangup cause ({@code HangupCause}), such as {@code NORMAL_CLEARING}.
   *
   * @return the cause, or empty while the call is up
   */
  public Optional<String> hangupCause() {
    return text("HangupCause");
  }

  /**
   * Returns the numeric hangup cause ({@code HangupCauseCode}).
   *
   * @return the code, or empty
   */
  public OptionalInt hangupCauseCode() {
    Optional<String> code = text("HangupCauseCode").filter(value -> DIGITS.matcher(value).matches());
    if (code.isEmpty() || code.get().length() > 9) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(code.get()));
  }

  /**
   * Returns the readable hangup cause ({@code HangupCauseName}).
   *
   * @return the name, or empty
   */
  public Optional<String> hangupCauseName() {
    return text("HangupCauseName");
  }

  /**
   * Returns who ended the call ({@code HangupSource}): {@code Caller}, {@code Callee}, {@code Vobiz},
   * {@code API Request}, {@code Answer XML}, {@code Error} or {@code Unknown}.
   *
   * @return the source, or empty
   */
  public Optional<String> hangupSource() {
    return text("HangupSource");
  }

  /**
   * Returns the call's length ({@code Duration}, seconds).
   *
   * @return the duration, or empty while the call is up
   */
  public Optional<Duration> duration() {
    return seconds("Duration");
  }

  /**
   * Returns the billed length ({@code BillDuration}, seconds).
   *
   * @return the duration, or empty while the call is up
   */
  public Optional<Duration> billDuration() {
    return seconds("BillDuration");
  }

  /**
   * Returns the rate the call was billed at ({@code BillRate}).
   *
   * @return the rate, digits and scale as sent, or empty
   */
  public Optional<BigDecimal> billRate() {
    return decimal("BillRate");
  }

  /**
   * Returns the call's total cost ({@code TotalCost}).
   *
   * @return the cost, digits and scale as sent, or empty
   */
  public Optional<BigDecimal> totalCost() {
    return decimal("TotalCost");
  }

  /**
   * Returns when the call started ({@code StartTime}).
   *
   * @param consoleZone the timezone set in your Vobiz console, for a value without an offset
   * @return the time, or empty
   */
  public Optional<OffsetDateTime> startTime(ZoneId consoleZone) {
    return Timestamps.parse(first("StartTime").orElse(null), consoleZone);
  }

  /**
   * Returns when the call was answered ({@code AnswerTime}).
   *
   * @param consoleZone the timezone set in your Vobiz console, for a value without an offset
   * @return the time, or empty (also for an unanswered call)
   */
  public Optional<OffsetDateTime> answerTime(ZoneId consoleZone) {
    return Timestamps.parse(first("AnswerTime").orElse(null), consoleZone);
  }

  /**
   * Returns when the call ended ({@code EndTime}).
   *
   * @param consoleZone the timezone set in your Vobiz console, for a value without an offset
   * @return the time, or empty
   */
  public Optional<OffsetDateTime> endTime(ZoneId consoleZone) {
    return Timestamps.parse(first("EndTime").orElse(null), consoleZone);
  }

  /**
   * Returns the kind of input a Gather action received ({@code InputType}: {@code dtmf} or {@code speech}).
   *
   * @return the input type, or empty
   */
  public Optional<String> inputType() {
    return text("InputType");
  }

  /**
   * Returns the keys pressed, sent to a Gather action URL ({@code Digits}); the finish key is not included.
   *
   * @return the digits, or empty when none were pressed (Vobiz sends an empty value on timeout)
   */
  public Optional<String> digits() {
    return text("Digits");
  }

  /**
   * Returns the transcribed speech sent to a Gather action URL ({@code Speech}).
   *
   * @return the transcript, or empty
   */
  public Optional<String> speech() {
    return text("Speech");
  }

  /**
   * Returns the recogniser's confidence in {@link #speech()} ({@code SpeechConfidenceScore}).
   *
   * @return the score, or empty
   */
  public Optional<BigDecimal> speechConfidenceScore() {
    return decimal("SpeechConfidenceScore");
  }

  /**
   * Returns how a Dial ended ({@code DialStatus}: completed, busy, failed, cancel, timeout, no-answer).
   *
   * @return the status text, or empty
   */
  public Optional<String> dialStatus() {
    return text("DialStatus");
  }

  /**
   * Returns the dialled leg's identifier ({@code DialBLegUUID}).
   *
   * @return the UUID, or empty when nobody answered
   */
  public Optional<String> dialBLegUuid() {
    return text("DialBLegUUID");
  }

  /**
   * Returns the recording's URL ({@code RecordUrl}), sent to a Record action URL.
   *
   * @return the URL, or empty
   */
  public Optional<String> recordUrl() {
    return text("RecordUrl");
  }

  /**
   * Returns the recording's identifier ({@code RecordingID}).
   *
   * @return the identifier, or empty
   */
  public Optional<String> recordingId() {
    return text("RecordingID");
  }

  /**
   * Returns the recording's length: {@code RecordingDurationMs} when sent, else {@code RecordingDuration}
   * (seconds).
   *
   * @return the length, or empty
   */
  public Optional<Duration> recordingDuration() {
    Optional<Duration> millis = decimal("RecordingDurationMs").map(ms -> ofMillis(ms));
    return millis.isPresent() ? millis : seconds("RecordingDuration");
  }

  /**
   * Returns why the recording ended ({@code RecordingEndReason}: RecordingTimeout, maxLength, FinishedOnKey,
   * HungUp).
   *
   * @return the reason, or empty
   */
  public Optional<String> recordingEndReason() {
    return text("RecordingEndReason");
  }

  /**
   * Returns whether machine detection heard a machine ({@code Machine}, on the machine-detection URL).
   *
   * @return true for a machine, false for a human, or empty
   */
  public Optional<Boolean> machine() {
    return text("Machine").map(value -> value.toLowerCase(Locale.ROOT)).filter(
        value -> value.equals("true") || value.equals("false")).map(Boolean::valueOf);
  }

  /**
   * Returns the custom SIP headers passed through: fields whose name starts with {@code X-VH-} or {@code X-PH-}
   * (Vobiz's pages use both prefixes), with the prefix kept.
   *
   * @return an unmodifiable map of header names to their first values
   */
  public Map<String, String> sipHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> field : fields.entrySet()) {
      String upper = field.getKey().toUpperCase(Locale.ROOT);
      if ((upper.startsWith("X-VH-") || upper.startsWith("X-PH-")) && !field.getValue().isEmpty()) {
        headers.put(field.getKey(), field.getValue().get(0));
      }
    }
    return Collections.unmodifiableMap(headers);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VoiceCallback && ((VoiceCallback) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Shows the event, call and status, not the numbers or other personal data. */
  @Override
  public String toString() {
    return "VoiceCallback{Event=" + first("Event").orElse("-") + ", CallUUID=" + first("CallUUID").orElse("-")
        + ", CallStatus=" + first("CallStatus").orElse("-") + ", fields=" + fields.size() + "}";
  }

  private Optional<String> text(String name) {
    return first(name).filter(value -> !value.isEmpty());
  }

  private Optional<String> phone(String name) {
    return text(name).map(value -> {
      // An unencoded '+' decodes to a space; restore it when what follows is a plain number.
      if (value.length() > 1 && value.charAt(0) == ' ' && DIGITS.matcher(value.substring(1)).matches()) {
        return "+" + value.substring(1);
      }
      return value;
    });
  }

  private Optional<BigDecimal> decimal(String name) {
    Optional<String> value = text(name).map(String::trim);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(value.get()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Optional<Duration> seconds(String name) {
    return decimal(name).filter(value -> value.signum() >= 0).map(value -> ofMillis(value.movePointRight(3)));
  }

  private static Duration ofMillis(BigDecimal millis) {
    return Duration.ofMillis(millis.longValue());
  }

  /** Why Vobiz called ({@code Event}). */
  public enum Event {
    /** The outbound call is ringing ({@code Ring}). */
    RING("Ring"),
    /** The call was answered; the answer URL is asked for XML ({@code StartApp}). */
    START_APP("StartApp"),
    /** The call ended ({@code Hangup}). */
    HANGUP("Hangup"),
    /** The call was transferred through the REST API ({@code Transfer}). */
    TRANSFER("Transfer"),
    /** A {@code <Redirect>} fetched this URL ({@code Redirect}). */
    REDIRECT("Redirect"),
    /** Machine detection finished ({@code MachineDetection}). */
    MACHINE_DETECTION("MachineDetection"),
    /** A value this version does not know; read it with {@code first("Event")}. */
    UNRECOGNIZED(null);

    private final String wireValue;

    Event(String wireValue) {
      this.wireValue = wireValue;
    }

    /**
     * Returns the value as Vobiz sends it.
     *
     * @return for example {@code StartApp}; null for {@link #UNRECOGNIZED}
     */
    public String wireValue() {
      return wireValue;
    }

    static Event fromWire(String value) {
      for (Event event : values()) {
        if (event.wireValue != null && event.wireValue.equalsIgnoreCase(value.trim())) {
          return event;
        }
      }
      return UNRECOGNIZED;
    }
  }

  /** The call's status ({@code CallStatus}). */
  public enum CallStatus {
    /** Ringing ({@code ringing}). */
    RINGING("ringing"),
    /** Answered and running ({@code in-progress}). */
    IN_PROGRESS("in-progress"),
    /** Ended after an answer; also every ended inbound call ({@code completed}). */
    COMPLETED("completed"),
    /** The destination was busy ({@code busy}). */
    BUSY("busy"),
    /** The call could not be placed ({@code failed}). */
    FAILED("failed"),
    /** Nobody answered in time ({@code timeout}). */
    TIMEOUT("timeout"),
    /** Nobody answered ({@code no-answer}; {@code no_answer} is read the same). */
    NO_ANSWER("no-answer"),
    /** Cancelled before an answer ({@code cancel}, as in the Plivo dialect). */
    CANCEL("cancel"),
    /** A value this version does not know; read it with {@code first("CallStatus")}. */
    UNRECOGNIZED(null);

    private final String wireValue;

    CallStatus(String wireValue) {
      this.wireValue = wireValue;
    }

    /**
     * Returns the value as Vobiz sends it.
     *
     * @return for example {@code in-progress}; null for {@link #UNRECOGNIZED}
     */
    public String wireValue() {
      return wireValue;
    }

    static CallStatus fromWire(String value) {
      // Vobiz spells some statuses with '_' in places (no_answer vs no-answer); both mean the same.
      String normalised = value.trim().replace('_', '-');
      for (CallStatus status : values()) {
        if (status.wireValue != null && status.wireValue.equalsIgnoreCase(normalised)) {
          return status;
        }
      }
      return UNRECOGNIZED;
    }
  }

  /** The call's direction ({@code Direction}). */
  public enum Direction {
    /** Someone called one of your numbers ({@code inbound}). */
    INBOUND("inbound"),
    /** You placed the call through the API ({@code outbound}). */
    OUTBOUND("outbound"),
    /** A value this version does not know; read it with {@code first("Direction")}. */
    UNRECOGNIZED(null);

    private final String wireValue;

    Direction(String wireValue) {
      this.wireValue = wireValue;
    }

    /**
     * Returns the value as Vobiz sends it.
     *
     * @return {@code inbound} or {@code outbound}; null for {@link #UNRECOGNIZED}
     */
    public String wireValue() {
      return wireValue;
    }

    static Direction fromWire(String value) {
      for (Direction direction : values()) {
        if (direction.wireValue != null && direction.wireValue.equalsIgnoreCase(value.trim())) {
          return direction;
        }
      }
      return UNRECOGNIZED;
    }
  }
}
