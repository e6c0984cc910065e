package io.cpaaskit.vobiz.xml;

import io.cpaaskit.vobiz.xml.internal.Check;
import java.time.Duration;

/**
 * Configures {@code <Conference>}, which puts the caller into a named room; everyone in the same room is bridged.
 * The room name is the element's text, given to {@code conference(room, ...)}; names are case-sensitive. The REST
 * API only inspects and controls rooms that this element created.
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>Attribute</th><th>Type</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code muted}</td><td>boolean</td><td>false</td><td>join muted (can listen)</td></tr>
 *   <tr><td>{@code beep}</td><td>boolean</td><td>true</td><td>beep when someone joins or leaves</td></tr>
 *   <tr><td>{@code startConferenceOnEnter}</td><td>boolean</td><td>true</td><td>this participant starts the
 *       conference; false waits (hearing {@code waitSound}) for a moderator</td></tr>
 *   <tr><td>{@code endConferenceOnExit}</td><td>boolean</td><td>false</td><td>everyone is disconnected when this
 *       participant leaves</td></tr>
 *   <tr><td>{@code maxParticipants}</td><td>int &gt; 0</td><td>200</td><td>further callers are refused</td></tr>
 *   <tr><td>{@code waitSound}</td><td>URL</td><td>&mdash;</td><td>XML (Play/Speak/Wait) played while waiting for the
 *       conference to start</td></tr>
 *   <tr><td>{@code waitMethod}</td><td>{@link HttpMethod}</td><td>POST</td><td>how {@code waitSound} is
 *       fetched</td></tr>
 *   <tr><td>{@code callbackUrl}</td><td>URL</td><td>&mdash;</td><td>receives {@code ConferenceAction}
 *       enter/exit/start/end events</td></tr>
 *   <tr><td>{@code callbackMethod}</td><td>{@link HttpMethod}</td><td>POST</td><td>how it is called</td></tr>
 *   <tr><td>{@code record}</td><td>boolean</td><td>false</td><td>record the conference; the end event carries
 *       {@code RecordingUrl}</td></tr>
 *   <tr><td>{@code recordFileFormat}</td><td>{@link AudioFormat}</td><td>mp3</td><td>the recording's format</td></tr>
 *   <tr><td>{@code timeLimit}</td><td>seconds &gt; 0</td><td>&mdash;</td><td>longest conference</td></tr>
 *   <tr><td>{@code hangupOnStar}</td><td>boolean</td><td>false</td><td>the participant may press * to leave</td></tr>
 *   <tr><td>{@code stayAlone}</td><td>boolean</td><td>true</td><td>keep the conference up with a single
 *       participant</td></tr>
 * </table>
 *
 * <p>Vobiz's Conference pages document {@code muted} through {@code record} and mention {@code timeLimit} ending a
 * conference; the type and range of {@code timeLimit}, and {@code recordFileFormat}, {@code hangupOnStar} and
 * {@code stayAlone}, follow Plivo's Conference, which Vobiz's inherits.
 *
 * <pre>{@code
 * VobizXml.response().conference("standup-4711", c -> c
 *     .startConferenceOnEnter(false)
 *     .waitSound("https://example.com/conference/hold")
 *     .callbackUrl("https://example.com/conference/events"));
 * }</pre>
 */
public final class ConferenceVerb extends Verb {
  ConferenceVerb(String room) {
    super("Conference");
    element.text("Conference room", Check.text("Conference room", room));
  }

  /**
   * Joins muted ({@code muted}).
   *
   * @param muted true to join muted
   * @return this configurator
   */
  public ConferenceVerb muted(boolean muted) {
    set("muted", muted);
    return this;
  }

  /**
   * Chooses whether a beep marks joins and departures ({@code beep}).
   *
   * @param beep false for silence
   * @return this configurator
   */
  public ConferenceVerb beep(boolean beep) {
    set("beep", beep);
    return this;
  }

  /**
   * Chooses whether this participant starts the conference ({@code startConferenceOnEnter}).
   *
   * @param start false to wait, hearing {@code waitSound}, until a participant who starts it arrives
   * @return this configurator
   */
  public ConferenceVerb startConferenceOnEnter(boolean start) {
    set("startConferenceOnEnter", start);
    return this;
  }

  /**
   * Ends the conference for everyone when this participant leaves ({@code endConferenceOnExit}).
   *
   * @param end true for a moderator
   * @return this configurator
   */
  public ConferenceVerb endConferenceOnExit(boolean end) {
    set("endConferenceOnExit", end);
    return this;
  }

  /**
   * Limits the room's size ({@code maxParticipants}).
   *
   * @param max at least 1; 200 by default
   * @return this configurator
   */
  public ConferenceVerb maxParticipants(int max) {
    set("maxParticipants", Check.atLeast(what("maxParticipants"), max, 1));
    return this;
  }

  /**
   * Plays what a URL returns (Play, Speak or Wait XML) while waiting for the conference to start
   * ({@code waitSound}), fetched with POST.
   *
   * @param url an absolute http(s) URL
   * @return this configurator
   */
  public ConferenceVerb waitSound(String url) {
    set("waitSound", Check.httpUrl(what("waitSound"), url));
    return this;
  }

  /**
   * Plays what a URL returns while waiting for the conference to start ({@code waitSound} and
   * {@code waitMethod}).
   *
   * @param url an absolute http(s) URL
   * @param method how it is fetched
   * @return this configurator
   */
  public ConferenceVerb waitSound(String url, HttpMethod method) {
    set("waitSound", Check.httpUrl(what("waitSound"), url));
    set("waitMethod", method);
    return this;
  }

  /**
   * Reports conference events to a URL ({@code callbackUrl}), with POST (Vobiz's default).
   *
   * @param url an absolute http(s) URL
   * @return this configurator
   */
  public ConferenceVerb callbackUrl(String url) {
    set("callbackUrl", Check.httpUrl(what("callbackUrl"), url));
    return this;
  }

  /**
   * Reports conference events to a URL ({@code callbackUrl} and {@code callbackMethod}).
   *
   * @param url an absolute http(s) URL
   * @param method how it is called
   * @return this configurator
   */
  public ConferenceVerb callbackUrl(String url, HttpMethod method) {
    set("callbackUrl", Check.httpUrl(what("callbackUrl"), url));
    set("callbackMethod", method);
    return this;
  }

  /**
   * Records the conference ({@code record}).
   *
   * @param record true to record
   * @return this configurator
   */
  public ConferenceVerb record(boolean record) {
    set("record", record);
    return this;
  }

  /**
   * Sets the recording's format ({@code recordFileFormat}).
   *
   * @param format MP3 or WAV
   * @return this configurator
   */
  public ConferenceVerb recordFileFormat(AudioFormat format) {
    set("recordFileFormat", Check.present(what("recordFileFormat"), format).wireValue());
    return this;
  }

  /**
   * Limits the conference's length ({@code timeLimit}).
   *
   * @param limit at least one whole second
   * @return this configurator
   */
  public ConferenceVerb timeLimit(Duration limit) {
    set("timeLimit", Check.seconds(what("timeLimit"), limit, 1, Integer.MAX_VALUE));
    return this;
  }

  /**
   * Lets the participant press * to leave ({@code hangupOnStar}).
   *
   * @param hangupOnStar true to allow it
   * @return this configurator
   */
  public ConferenceVerb hangupOnStar(boolean hangupOnStar) {
    set("hangupOnStar", hangupOnStar);
    return this;
  }

  /**
   * Chooses whether the conference stays up with a single participant ({@code stayAlone}).
   *
   * @param stayAlone false to end it when only one participant is left
   * @return this configurator
   */
  public ConferenceVerb stayAlone(boolean stayAlone) {
    set("stayAlone", stayAlone);
    return this;
  }

  @Override
  void validate() {
    Check.state(!has("recordFileFormat") || isTrue("record"), "Conference recordFileFormat needs record(true)");
  }
}
