package io.cpaaskit.vobiz.xml;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Configures {@code <PreAnswer>}, which plays early media to an inbound caller before the call is answered (and
 * billed). Only {@code <Speak>}, {@code <Play>} and {@code <Wait>} may stand inside PreAnswer, so those are the only
 * elements this configurator can add; it has no attributes, and an empty PreAnswer is refused. Early media is not
 * supported on WebRTC and some PSTN routes, so the flow must also work without it.
 *
 * <pre>{@code
 * VobizXml.response()
 *     .preAnswer(p -> p.speak("Calls are recorded for quality purposes."))
 *     .speak("Welcome!");
 * }</pre>
 */
public final class PreAnswerVerb extends Verb {
  PreAnswerVerb() {
    super("PreAnswer");
  }

  /**
   * Adds speech.
   *
   * @param text the text to speak
   * @return this configurator
   */
  public PreAnswerVerb speak(String text) {
    return speak(text, Prompts.none());
  }

  /**
   * Adds speech with attributes.
   *
   * @param text the text to speak
   * @param options sets the Speak attributes
   * @return this configurator
   */
  public PreAnswerVerb speak(String text, Consumer<? super SpeakVerb> options) {
    append(Prompts.speak(text, options));
    return this;
  }

  /**
   * Adds SSML speech with attributes.
   *
   * @param ssml the content to speak
   * @param options sets the Speak attributes
   * @return this configurator
   */
  public PreAnswerVerb speak(Ssml ssml, Consumer<? super SpeakVerb> options) {
    append(Prompts.speak(ssml, options));
    return this;
  }

  /**
   * Adds a recording.
   *
   * @param url an absolute http(s) URL of an MP3 or WAV file
   * @return this configurator
   */
  public PreAnswerVerb play(String url) {
    return play(url, Prompts.none());
  }

  /**
   * Adds a recording with attributes.
   *
   * @param url an absolute http(s) URL of an MP3 or WAV file
   * @param options sets the Play attributes
   * @return this configurator
   */
  public PreAnswerVerb play(String url, Consumer<? super PlayVerb> options) {
    append(Prompts.play(url, options));
    return this;
  }

  /**
   * Adds a pause.
   *
   * @param length at least one whole second
   * @return this configurator
   */
  public PreAnswerVerb waitFor(Duration length) {
    return waitFor(length, Prompts.none());
  }

  /**
   * Adds a pause with attributes.
   *
   * @param length at least one whole second
   * @param options sets the Wait attributes
   * @return this configurator
   */
  public PreAnswerVerb waitFor(Duration length, Consumer<? super WaitVerb> options) {
    append(Prompts.waitFor(length, options));
    return this;
  }

  @Override
  void validate() {
    if (element.isEmpty()) {
      throw new IllegalArgumentException("PreAnswer is empty; add speak(...), play(...) or waitFor(...)");
    }
  }
}
