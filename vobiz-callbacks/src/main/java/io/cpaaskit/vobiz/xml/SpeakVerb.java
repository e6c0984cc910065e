package io.cpaaskit.vobiz.xml;

import io.cpaaskit.vobiz.xml.internal.Check;

/**
 * The attributes of {@code <Speak>}, which reads its text (or SSML) to the caller by text-to-speech. The text is
 * given to {@code speak(...)}; this configurator sets the rest.
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>Attribute</th><th>Type</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code voice}</td><td>{@link Voice}</td><td>{@code WOMAN}</td><td>the voice that reads</td></tr>
 *   <tr><td>{@code language}</td><td>language tag</td><td>{@code en-US}</td><td>the language the text is in</td></tr>
 *   <tr><td>{@code loop}</td><td>int &ge; 0</td><td>1</td><td>how many times to speak; 0 repeats until the call
 *       ends</td></tr>
 * </table>
 *
 * <p>Speak may stand in {@code <Response>}, {@code <Gather>} (as the prompt) and {@code <PreAnswer>}. It posts
 * nothing to any URL.
 *
 * <pre>{@code
 * VobizXml.response().speak("Welcome", s -> s.voice(Voice.MAN).language("en-IN").loop(2));
 * }</pre>
 */
public final class SpeakVerb extends Verb {
  SpeakVerb() {
    super("Speak");
  }

  /**
   * Sets the voice ({@code voice}).
   *
   * @param voice {@link Voice#WOMAN}, {@link Voice#MAN} or a {@linkplain Voice#named named} voice
   * @return this configurator
   */
  public SpeakVerb voice(Voice voice) {
    set("voice", Check.present(what("voice"), voice).wireValue());
    return this;
  }

  /**
   * Sets the language of the text ({@code language}); see Vobiz's table of supported voices and languages.
   *
   * @param language a language tag such as {@code en-US}, {@code en-IN} or {@code hi-IN}
   * @return this configurator
   * @throws IllegalArgumentException if the value is not shaped like a language tag
   */
  public SpeakVerb language(String language) {
    set("language", Check.language(what("language"), language));
    return this;
  }

  /**
   * Sets how many times the text is spoken ({@code loop}).
   *
   * @param times 1 or more, or 0 to repeat until the call ends or another event moves the flow on
   * @return this configurator
   * @throws IllegalArgumentException if {@code times} is negative
   */
  public SpeakVerb loop(int times) {
    set("loop", Check.atLeast(what("loop"), times, 0));
    return this;
  }
}
