package io.cpaaskit.vobiz.xml;

import io.cpaaskit.vobiz.xml.internal.Check;
import java.time.Duration;
import java.util.Map;

/**
 * Configures {@code <Stream>}, which forks the call's audio to a WebSocket in near real time (transcription, voice
 * agents). The WebSocket URL is the element's text, given to {@code stream(url, ...)}: {@code wss://} in production,
 * {@code ws://} for local tests.
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>Attribute</th><th>Type</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code bidirectional}</td><td>boolean</td><td>false</td><td>the WebSocket may also send audio
 *       ({@code playAudio}) into the call</td></tr>
 *   <tr><td>{@code audioTrack}</td><td>{@link AudioTrack}</td><td>inbound</td><td>which side is streamed; only
 *       inbound when bidirectional</td></tr>
 *   <tr><td>{@code streamTimeout}</td><td>seconds &gt; 0</td><td>86400</td><td>longest stream</td></tr>
 *   <tr><td>{@code statusCallbackUrl}</td><td>URL</td><td>&mdash;</td><td>told when the stream connects, stops or
 *       fails</td></tr>
 *   <tr><td>{@code statusCallbackMethod}</td><td>{@link HttpMethod}</td><td>POST</td><td>how it is called</td></tr>
 *   <tr><td>{@code contentType}</td><td>{@link ContentType}</td><td>audio/x-l16;rate=8000</td><td>codec and sample
 *       rate</td></tr>
 *   <tr><td>{@code extraHeaders}</td><td>name=value pairs</td><td>&mdash;</td><td>sent to the WebSocket with the
 *       stream; letters and digits, at most 512 bytes</td></tr>
 *   <tr><td>{@code keepCallAlive}</td><td>boolean</td><td>false</td><td>keep the call up until the stream ends
 *       (instead of running on to the next element); needs bidirectional</td></tr>
 * </table>
 *
 * <p>The two rules Vobiz states (audioTrack must stay inbound when bidirectional; keepCallAlive needs bidirectional)
 * are checked when the lambda returns. Integrators report that with {@code keepCallAlive} the application should
 * send a {@code stop} event before stopping the stream through the REST API.
 *
 * <pre>{@code
 * VobizXml.response().stream("wss://agent.example.com/media", s -> s
 *     .bidirectional(true)
 *     .keepCallAlive(true)
 *     .contentType(StreamVerb.ContentType.L16_16000)
 *     .extraHeaders(Map.of("tenant", "acme")));
 * }</pre>
 */
public final class StreamVerb extends Verb {
  private static final int MAX_EXTRA_HEADERS_BYTES = 512;

  StreamVerb() {
    super("Stream");
  }

  /** Which side of the call is streamed ({@code audioTrack}). */
  public enum AudioTrack {
    /** What the caller says (the default). */
    INBOUND("inbound"),
    /** What the caller hears. */
    OUTBOUND("outbound"),
    /** Both. */
    BOTH("both");

    private final String wireValue;

    AudioTrack(String wireValue) {
      this.wireValue = wireValue;
    }

    /**
     * Returns the attribute value Vobiz expects.
     *
     * @return {@code inbound}, {@code outbound} or {@code both}
     */
    public String wireValue() {
      return wireValue;
    }
  }

  /** Codec and sample rate of the streamed audio ({@code contentType}). */
  public enum ContentType {
    /** 16-bit linear PCM at 8 kHz (the default). */
    L16_8000("audio/x-l16;rate=8000"),
    /** 16-bit linear PCM at 16 kHz. */
    L16_16000("audio/x-l16;rate=16000"),
    /** 16-bit linear PCM at 24 kHz (listed on Vobiz's stream guide, not on the element's page). */
    L16_24000("audio/x-l16;rate=24000"),
    /** G.711 µ-law at 8 kHz. */
    MULAW_8000("audio/x-mulaw;rate=8000");

    private final String wireValue;

    ContentType(String wireValue) {
      this.wireValue = wireValue;
    }

    /**
     * Returns the attribute value Vobiz expects.
     *
     * @return for example {@code audio/x-l16;rate=8000}
     */
    public String wireValue() {
      return wireValue;
    }
  }

  /**
   * Lets the WebSocket send audio back into the call ({@code bidirectional}).
   *
   * @param bidirectional true for read/write, false (the default) for read-only
   * @return this configurator
   */
  public StreamVerb bidirectional(boolean bidirectional) {
    set("bidirectional", bidirectional);
    return this;
  }

  /**
   * Chooses which side is streamed ({@code audioTrack}).
   *
   * @param track inbound (the default), outbound or both; only inbound when bidirectional
   * @return this configurator
   */
  public StreamVerb audioTrack(AudioTrack track) {
    set("audioTrack", Check.present(what("audioTrack"), track).wireValue());
    return this;
  }

  /**
   * Limits the stream's length ({@code streamTimeout}).
   *
   * @param timeout at least one whole second; 24 hours by default
   * @return this configurator
   */
  public StreamVerb streamTimeout(Duration timeout) {
    set("streamTimeout", Check.seconds(what("streamTimeout"), timeout, 1, Integer.MAX_VALUE));
    return this;
  }

  /**
   * Reports stream status changes to a URL ({@code statusCallbackUrl}), with POST (Vobiz's default).
   *
   * @param url an absolute http(s) URL
   * @return this configurator
   */
  public StreamVerb statusCallbackUrl(String url) {
    set("statusCallbackUrl", Check.httpUrl(what("statusCallbackUrl"), url));
    return this;
  }

  /**
   * Reports stream status changes to a URL ({@code statusCallbackUrl} and {@code statusCallbackMethod}).
   *
   * @param url an absolute http(s) URL
   * @param method how it is called
   * @return this configurator
   */
  public StreamVerb statusCallbackUrl(String url, HttpMethod method) {
    set("statusCallbackUrl", Check.httpUrl(what("statusCallbackUrl"), url));
    set("statusCallbackMethod", method);
    return this;
  }

  /**
   * Chooses codec and sample rate ({@code contentType}).
   *
   * @param contentType the codec
   * @return this configurator
   */
  public StreamVerb contentType(ContentType contentType) {
    set("contentType", Check.present(what("contentType"), contentType).wireValue());
    return this;
  }

  /**
   * Sends key-value pairs to the WebSocket with the stream ({@code extraHeaders}).
   *
   * @param headers names and values of ASCII letters and digits, at most 512 bytes once joined
   * @return this configurator
   */
  public StreamVerb extraHeaders(Map<String, String> headers) {
    set("extraHeaders", Check.pairs(what("extraHeaders"), headers, MAX_EXTRA_HEADERS_BYTES));
    return this;
  }

  /**
   * Keeps the call up until the stream ends ({@code keepCallAlive}); needs {@code bidirectional(true)}.
   *
   * @param keepCallAlive true to hold the call for the stream
   * @return this configurator
   */
  public StreamVerb keepCallAlive(boolean keepCallAlive) {
    set("keepCallAlive", keepCallAlive);
    return this;
  }

  @Override
  void validate() {
    if (isTrue("bidirectional")) {
      String track = element.get("audioTrack");
      Check.state(
          track == null || AudioTrack.INBOUND.wireValue().equals(track),
          "Stream audioTrack must be inbound when bidirectional is true");
    }
    Check.state(
        !isTrue("keepCallAlive") || isTrue("bidirectional"), "Stream keepCallAlive needs bidirectional(true)");
  }
}
