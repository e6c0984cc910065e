package io.cpaaskit.vobiz.xml;

import io.cpaaskit.vobiz.xml.internal.Check;
import java.time.Duration;

/**
 * Configures {@code <Record>}, which records the caller (a voicemail), the whole session, or a bridged Dial, and
 * posts {@code RecordUrl}, {@code RecordingID}, {@code RecordingDuration} and {@code RecordingEndReason} to its
 * {@code action} URL. The action URL is required and given to {@code record(actionUrl, ...)}.
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>Attribute</th><th>Type</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code action}</td><td>URL, required</td><td>&mdash;</td><td>receives the recording parameters</td></tr>
 *   <tr><td>{@code method}</td><td>{@link HttpMethod}</td><td>POST</td><td>how {@code action} is called</td></tr>
 *   <tr><td>{@code fileFormat}</td><td>{@link AudioFormat}</td><td>mp3</td><td>the file format</td></tr>
 *   <tr><td>{@code redirect}</td><td>boolean</td><td>false</td><td>whether the action URL's answer continues the
 *       call</td></tr>
 *   <tr><td>{@code timeout}</td><td>seconds &gt; 0</td><td>60</td><td>silence that ends the recording
 *       ({@code RecordingEndReason=RecordingTimeout}); not a length limit</td></tr>
 *   <tr><td>{@code maxLength}</td><td>seconds &gt; 0</td><td>60</td><td>longest recording
 *       ({@code RecordingEndReason=maxLength})</td></tr>
 *   <tr><td>{@code playBeep}</td><td>boolean</td><td>true</td><td>beep before recording starts</td></tr>
 *   <tr><td>{@code finishOnKey}</td><td>keys from 0-9, *, #</td><td>1234567890*#</td><td>keys that stop the
 *       recording ({@code RecordingEndReason=FinishedOnKey})</td></tr>
 *   <tr><td>{@code recordSession}</td><td>boolean</td><td>false</td><td>record the whole call in the background until
 *       hangup</td></tr>
 *   <tr><td>{@code startOnDialAnswer}</td><td>boolean</td><td>false</td><td>start when the called party of the next
 *       Dial answers</td></tr>
 *   <tr><td>{@code transcriptionType}</td><td>{@code auto}</td><td>&mdash;</td><td>transcribe the recording (English
 *       only)</td></tr>
 *   <tr><td>{@code transcriptionUrl}</td><td>URL</td><td>&mdash;</td><td>receives the transcription</td></tr>
 *   <tr><td>{@code transcriptionMethod}</td><td>{@link HttpMethod}</td><td>POST</td><td>how it is called</td></tr>
 *   <tr><td>{@code callbackUrl}</td><td>URL</td><td>&mdash;</td><td>called in the background when the file is
 *       ready</td></tr>
 *   <tr><td>{@code callbackMethod}</td><td>{@link HttpMethod}</td><td>POST</td><td>how it is called</td></tr>
 * </table>
 *
 * <p>Vobiz's Record page documents {@code action} through {@code recordSession}; {@code startOnDialAnswer}, the
 * transcription attributes and the callback attributes follow Plivo's Record, which Vobiz's inherits (Vobiz's Dial
 * page confirms {@code startOnDialAnswer}). Record may stand in {@code <Response>} and, for the bridged call, in
 * {@code <Dial>}.
 *
 * <pre>{@code
 * VobizXml.response()
 *     .speak("Leave a message after the beep.")
 *     .record("https://example.com/voicemail", r -> r.maxLength(Duration.ofMinutes(2)).finishOnKeys("#"));
 * }</pre>
 */
public final class RecordVerb extends Verb {
  RecordVerb(String actionUrl) {
    super("Record");
    set("action", Check.httpUrl(what("action"), actionUrl));
  }

  /**
   * Sets how the action URL is called ({@code method}).
   *
   * @param method GET or POST (the default)
   * @return this configurator
   */
  public RecordVerb method(HttpMethod method) {
    set("method", method);
    return this;
  }

  /**
   * Sets the file format ({@code fileFormat}).
   *
   * @param format MP3 (the default) or WAV
   * @return this configurator
   */
  public RecordVerb fileFormat(AudioFormat format) {
    set("fileFormat", Check.present(what("fileFormat"), format).wireValue());
    return this;
  }

  /**
   * Chooses whether the action URL's answer continues the call ({@code redirect}).
   *
   * @param redirect true to continue with the XML the action URL returns
   * @return this configurator
   */
  public RecordVerb redirect(boolean redirect) {
    set("redirect", redirect);
    return this;
  }

  /**
   * Sets how much silence ends the recording ({@code timeout}).
   *
   * @param silence at least one whole second
   * @return this configurator
   */
  public RecordVerb timeout(Duration silence) {
    set("timeout", Check.seconds(what("timeout"), silence, 1, Integer.MAX_VALUE));
    return this;
  }

  /**
   * Sets the longest recording ({@code maxLength}).
   *
   * @param maxLength at least one whole second
   * @return this configurator
   */
  public RecordVerb maxLength(Duration maxLength) {
    set("maxLength", Check.seconds(what("maxLength"), maxLength, 1, Integer.MAX_VALUE));
    return this;
  }

  /**
   * Chooses whether a beep plays before recording ({@code playBeep}).
   *
   * @param playBeep false to record without a beep
   * @return this configurator
   */
  public RecordVerb playBeep(boolean playBeep) {
    set("playBeep", playBeep);
    return this;
  }

  /**
   * Sets the keys that stop the recording ({@code finishOnKey}); any key by default.
   *
   * @param keys one or more of {@code 0-9}, {@code *} and {@code #}, each once, such as {@code "#"}
   * @return this configurator
   */
  public RecordVerb finishOnKeys(String keys) {
    set("finishOnKey", Check.keys(what("finishOnKey"), keys));
    return this;
  }

  /**
   * Records the whole call in the background until it ends ({@code recordSession}); no beep is played.
   *
   * @param recordSession true to record the session
   * @return this configurator
   */
  public RecordVerb recordSession(boolean recordSession) {
    set("recordSession", recordSession);
    return this;
  }

  /**
   * Starts recording when the called party of a Dial answers ({@code startOnDialAnswer}); no beep is played.
   *
   * @param startOnDialAnswer true to wait for the Dial's answer
   * @return this configurator
   */
  public RecordVerb startOnDialAnswer(boolean startOnDialAnswer) {
    set("startOnDialAnswer", startOnDialAnswer);
    return this;
  }

  /**
   * Transcribes the recording and posts the text to a URL ({@code transcriptionType="auto"} and
   * {@code transcriptionUrl}), with POST (Vobiz's default). English only; calls of 0.5 s to 4 h.
   *
   * @param url an absolute http(s) URL
   * @return this configurator
   */
  public RecordVerb transcribe(String url) {
    set("transcriptionType", "auto");
    set("transcriptionUrl", Check.httpUrl(what("transcriptionUrl"), url));
    return this;
  }

  /**
   * Transcribes the recording and sends the text to a URL ({@code transcriptionType="auto"},
   * {@code transcriptionUrl} and {@code transcriptionMethod}).
   *
   * @param url an absolute http(s) URL
   * @param method how it is called
   * @return this configurator
   */
  public RecordVerb transcribe(String url, HttpMethod method) {
    set("transcriptionType", "auto");
    set("transcriptionUrl", Check.httpUrl(what("transcriptionUrl"), url));
    set("transcriptionMethod", method);
    return this;
  }

  /**
   * Calls a URL in the background when the file is ready ({@code callbackUrl}), with POST (Vobiz's default).
   *
   * @param url an absolute http(s) URL
   * @return this configurator
   */
  public RecordVerb callbackUrl(String url) {
    set("callbackUrl", Check.httpUrl(what("callbackUrl"), url));
    return this;
  }

  /**
   * Calls a URL in the background when the file is ready ({@code callbackUrl} and {@code callbackMethod}).
   *
   * @param url an absolute http(s) URL
   * @param method how it is called
   * @return this configurator
   */
  public RecordVerb callbackUrl(String url, HttpMethod method) {
    set("callbackUrl", Check.httpUrl(what("callbackUrl"), url));
    set("callbackMethod", method);
    return this;
  }

  @Override
  void validate() {
    Check.state(
        !(isTrue("recordSession") && isTrue("startOnDialAnswer")),
        "Record recordSession and startOnDialAnswer exclude each other: record the whole session, or the Dial");
  }
}
