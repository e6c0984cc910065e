package io.cpaaskit.vobiz.xml;

import io.cpaaskit.vobiz.xml.internal.Check;
import java.time.Duration;

/**
 * The optional attributes of {@code <Wait>}, which pauses silently. The length is given to
 * {@code waitFor(length, ...)}; as the first element of a document, Wait keeps an inbound call ringing for that
 * long before it is answered.
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>Attribute</th><th>Type</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code length}</td><td>seconds &gt; 0</td><td>1</td><td>how long to wait (set by
 *       {@code waitFor})</td></tr>
 *   <tr><td>{@code silence}</td><td>boolean</td><td>false</td><td>end the wait early once {@code minSilence} of
 *       silence is heard</td></tr>
 *   <tr><td>{@code minSilence}</td><td>milliseconds &gt; 0</td><td>2000</td><td>how much silence ends the wait;
 *       only with {@code silence}, and shorter than {@code length}</td></tr>
 *   <tr><td>{@code beep}</td><td>boolean</td><td>false</td><td>wait for an answering machine's beep (to leave a
 *       voicemail); not together with {@code silence}</td></tr>
 * </table>
 *
 * <p>Wait may stand in {@code <Response>} and {@code <PreAnswer>}. Combinations the documentation calls ineffective
 * ({@code beep} with {@code silence}, {@code minSilence} without {@code silence} or not shorter than
 * {@code length}) are refused when the lambda returns.
 *
 * <pre>{@code
 * VobizXml.response().waitFor(Duration.ofSeconds(15), w -> w.beep(true)).speak("Hello, this is a reminder ...");
 * }</pre>
 */
public final class WaitVerb extends Verb {
  private final long lengthMillis;
  private long minSilenceMillis;

  WaitVerb(Duration length) {
    super("Wait");
    set("length", Check.seconds(what("length"), length, 1, Integer.MAX_VALUE));
    this.lengthMillis = length.toMillis();
  }

  /**
   * Ends the wait early on silence ({@code silence}).
   *
   * @param silence true to stop waiting once {@link #minSilence} of silence has been heard
   * @return this configurator
   */
  public WaitVerb silence(boolean silence) {
    set("silence", silence);
    return this;
  }

  /**
   * Sets how much silence ends the wait ({@code minSilence}); only used with {@code silence(true)}.
   *
   * @param minSilence at least 1 ms, in whole milliseconds, and shorter than the wait's length
   * @return this configurator
   * @throws IllegalArgumentException if the duration is out of range or not whole milliseconds
   */
  public WaitVerb minSilence(Duration minSilence) {
    minSilenceMillis = Check.millis(what("minSilence"), minSilence, 1, Integer.MAX_VALUE);
    set("minSilence", minSilenceMillis);
    return this;
  }

  /**
   * Waits for an answering machine's beep ({@code beep}), so that what follows is recorded as a voicemail.
   *
   * @param beep true to wait for the beep
   * @return this configurator
   */
  public WaitVerb beep(boolean beep) {
    set("beep", beep);
    return this;
  }

  @Override
  void validate() {
    Check.state(
        !(isTrue("beep") && isTrue("silence")),
        "Wait beep and silence exclude each other: beep is only evaluated when silence is off");
    if (has("minSilence")) {
      Check.state(isTrue("silence"), "Wait minSilence only takes effect with silence(true)");
      Check.state(minSilenceMillis < lengthMillis, "Wait minSilence must be shorter than the wait's length");
    }
  }
}
