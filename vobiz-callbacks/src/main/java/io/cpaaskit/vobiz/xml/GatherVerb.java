package io.cpaaskit.vobiz.xml;

import io.cpaaskit.vobiz.xml.internal.Check;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Configures {@code <Gather>}, which collects key presses (DTMF) or speech and posts them to its {@code action} URL,
 * whose answer continues the call. The action URL is required and given to {@code gather(actionUrl, ...)}; the
 * prompt is nested here: only {@code <Speak>} and {@code <Play>} may stand inside Gather, so those are the only
 * elements this configurator can add.
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>Attribute</th><th>Type</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code action}</td><td>URL, required</td><td>&mdash;</td><td>receives {@code Digits} or
 *       {@code Speech}; set by {@code gather(actionUrl, ...)}</td></tr>
 *   <tr><td>{@code method}</td><td>{@link HttpMethod}</td><td>POST</td><td>how {@code action} is called</td></tr>
 *   <tr><td>{@code inputType}</td><td>{@link InputType}</td><td>&mdash;</td><td>{@code dtmf}, {@code speech} or
 *       both</td></tr>
 *   <tr><td>{@code executionTimeout}</td><td>5&ndash;60 s</td><td>15 s</td><td>how long to listen after the prompt
 *       ends</td></tr>
 *   <tr><td>{@code digitEndTimeout}</td><td>2&ndash;10 s or auto</td><td>auto</td><td>longest gap between key
 *       presses (DTMF)</td></tr>
 *   <tr><td>{@code speechEndTimeout}</td><td>2&ndash;10 s or auto</td><td>auto</td><td>silence that ends speech
 *       recognition</td></tr>
 *   <tr><td>{@code finishOnKey}</td><td>one of 0-9, *, # or none</td><td>#</td><td>the key that submits the digits
 *       (it is not included in {@code Digits})</td></tr>
 *   <tr><td>{@code numDigits}</td><td>1&ndash;32</td><td>32</td><td>submit after this many digits</td></tr>
 *   <tr><td>{@code hints}</td><td>phrases</td><td>&mdash;</td><td>words the caller is likely to say</td></tr>
 *   <tr><td>{@code language}</td><td>language tag</td><td>en-US</td><td>the language spoken</td></tr>
 *   <tr><td>{@code interimSpeechResultsCallback}</td><td>URL</td><td>&mdash;</td><td>receives partial transcripts
 *       while the caller speaks</td></tr>
 *   <tr><td>{@code interimSpeechResultsCallbackMethod}</td><td>{@link HttpMethod}</td><td>POST</td><td>how that URL
 *       is called</td></tr>
 *   <tr><td>{@code log}</td><td>boolean</td><td>true</td><td>whether Vobiz logs the input</td></tr>
 *   <tr><td>{@code redirect}</td><td>boolean</td><td>true</td><td>whether the action URL's answer continues the
 *       call</td></tr>
 *   <tr><td>{@code profanityFilter}</td><td>boolean</td><td>false</td><td>mask profanity in transcripts</td></tr>
 * </table>
 *
 * <p>Vobiz's Gather page documents {@code action} through {@code finishOnKey}; {@code numDigits}, {@code hints} and
 * {@code language} appear in its examples; the ranges and defaults of {@code numDigits}, {@code hints},
 * {@code interimSpeechResultsCallback}, {@code log}, {@code redirect} and {@code profanityFilter} follow Plivo's
 * {@code GetInput}, which Vobiz's Gather inherits. When {@link #inputType} is set, attributes that only apply to the
 * other input type are refused when the lambda returns. If the caller gives no input, the elements after Gather run;
 * Vobiz still posts empty {@code Digits}/{@code Speech} to the action URL.
 *
 * <pre>{@code
 * VobizXml.response()
 *     .gather("https://example.com/ivr/menu", g -> g
 *         .inputType(GatherVerb.InputType.DTMF)
 *         .numDigits(1)
 *         .executionTimeout(Duration.ofSeconds(10))
 *         .speak("Press 1 for sales, 2 for support."))
 *     .speak("We did not receive any input. Goodbye.")
 *     .hangup();
 * }</pre>
 */
public final class GatherVerb extends Verb {
  private static final int MAX_HINTS = 500;
  private static final int MAX_HINT_LENGTH = 100;

  GatherVerb(String actionUrl) {
    super("Gather");
    set("action", Check.httpUrl(what("action"), actionUrl));
  }

  /** The kinds of input Gather listens for ({@code inputType}). */
  public enum InputType {
    /** Key presses only. */
    DTMF("dtmf"),
    /** Speech only. */
    SPEECH("speech"),
    /** Both; whichever comes first is sent. */
    DTMF_SPEECH("dtmf speech");

    private final String wireValue;

    InputType(String wireValue) {
      this.wireValue = wireValue;
    }

    /**
     * Returns the attribute value Vobiz expects.
     *
     * @return {@code dtmf}, {@code speech} or {@code dtmf speech}
     */
    public String wireValue() {
      return wireValue;
    }
  }

  /**
   * Sets how the action URL is called ({@code method}).
   *
   * @param method GET or POST (the default)
   * @return this configurator
   */
  public GatherVerb method(HttpMethod method) {
    set("method", method);
    return this;
  }

  /**
   * Sets what to listen for ({@code inputType}).
   *
   * @param inputType key presses, speech or both
   * @return this configurator
   */
  public GatherVerb inputType(InputType inputType) {
    set("inputType", Check.present(what("inputType"), inputType).wireValue());
    return this;
  }

  /**
   * Sets how long to listen after the nested prompts end ({@code executionTimeout}).
   *
   * @param timeout 5 to 60 whole seconds
   * @return this configurator
   */
  public GatherVerb executionTimeout(Duration timeout) {
    set("executionTimeout", Check.seconds(what("executionTimeout"), timeout, 5, 60));
    return this;
  }

  /**
   * Sets the longest gap allowed between key presses ({@code digitEndTimeout}); without it Vobiz decides
   * ({@code auto}).
   *
   * @param timeout 2 to 10 whole seconds
   * @return this configurator
   */
  public GatherVerb digitEndTimeout(Duration timeout) {
    set("digitEndTimeout", Check.seconds(what("digitEndTimeout"), timeout, 2, 10));
    return this;
  }

  /**
   * Sets how much silence ends speech recognition ({@code speechEndTimeout}); without it Vobiz decides
   * ({@code auto}).
   *
   * @param timeout 2 to 10 whole seconds
   * @return this configurator
   */
  public GatherVerb speechEndTimeout(Duration timeout) {
    set("speechEndTimeout", Check.seconds(what("speechEndTimeout"), timeout, 2, 10));
    return this;
  }

  /**
   * Sets the key that submits the digits ({@code finishOnKey}); {@code #} by default.
   *
   * @param key one of {@code 0-9}, {@code *} and {@code #}
   * @return this configurator
   */
  public GatherVerb finishOnKey(char key) {
    set("finishOnKey", Check.key(what("finishOnKey"), key));
    return this;
  }

  /**
   * Lets no key submit the digits ({@code finishOnKey="none"}): input ends on {@code numDigits} or a timeout.
   *
   * @return this configurator
   */
  public GatherVerb noFinishOnKey() {
    set("finishOnKey", "none");
    return this;
  }

  /**
   * Submits as soon as this many digits were pressed ({@code numDigits}).
   *
   * @param digits 1 to 32
   * @return this configurator
   */
  public GatherVerb numDigits(int digits) {
    set("numDigits", Check.between(what("numDigits"), digits, 1, 32));
    return this;
  }

  /**
   * Lists words and phrases the caller is likely to say ({@code hints}), to help speech recognition.
   *
   * @param phrases one to 500 phrases of at most 100 characters, none containing a comma (the separator)
   * @return this configurator
   */
  public GatherVerb hints(String... phrases) {
    Check.present(what("hints"), phrases);
    Check.between(what("hints") + " count", phrases.length, 1, MAX_HINTS);
    StringBuilder joined = new StringBuilder();
    for (String phrase : phrases) {
      Check.text(what("hints"), phrase);
      Check.state(phrase.indexOf(',') < 0, what("hints") + " are joined with commas, so a phrase cannot hold one");
      Check.state(
          phrase.length() <= MAX_HINT_LENGTH, what("hints") + " phrases are at most " + MAX_HINT_LENGTH + " characters");
      if (joined.length() > 0) {
        joined.append(',');
      }
      joined.append(phrase);
    }
    set("hints", joined.toString());
    return this;
  }

  /**
   * Sets the language the caller speaks ({@code language}).
   *
   * @param language a language tag such as {@code en-US} or {@code hi-IN}
   * @return this configurator
   */
  public GatherVerb language(String language) {
    set("language", Check.language(what("language"), language));
    return this;
  }

  /**
   * Sends partial transcripts to a URL while the caller speaks ({@code interimSpeechResultsCallback}), with POST (Vobiz's default).
   *
   * @param url an absolute http(s) URL
   * @return this configurator
   */
  public GatherVerb interimSpeechResultsCallback(String url) {
    set("interimSpeechResultsCallback", Check.httpUrl(what("interimSpeechResultsCallback"), url));
    return this;
  }

  /**
   * Sends partial transcripts to a URL while the caller speaks ({@code interimSpeechResultsCallback} and
   * {@code interimSpeechResultsCallbackMethod}).
   *
   * @param url an absolute http(s) URL
   * @param method how it is called
   * @return this configurator
   */
  public GatherVerb interimSpeechResultsCallback(String url, HttpMethod method) {
    set("interimSpeechResultsCallback", Check.httpUrl(what("interimSpeechResultsCallback"), url));
    set("interimSpeechResultsCallbackMethod", method);
    return this;
  }

  /**
   * Chooses whether Vobiz logs the input ({@code log}); turn it off for PINs and card numbers.
   *
   * @param log false to keep the input out of Vobiz's logs
   * @return this configurator
   */
  public GatherVerb log(boolean log) {
    set("log", log);
    return this;
  }

  /**
   * Chooses whether the action URL's answer continues the call ({@code redirect}).
   *
   * @param redirect false to only notify the action URL and carry on with the next element
   * @return this configurator
   */
  public GatherVerb redirect(boolean redirect) {
    set("redirect", redirect);
    return this;
  }

  /**
   * Masks profanity in transcripts ({@code profanityFilter}).
   *
   * @param filter true to mask
   * @return this configurator
   */
  public GatherVerb profanityFilter(boolean filter) {
    set("profanityFilter", filter);
    return this;
  }

  /**
   * Adds a spoken prompt.
   *
   * @param text the text to speak
   * @return this configurator
   */
  public GatherVerb speak(String text) {
    return speak(text, Prompts.none());
  }

  /**
   * Adds a spoken prompt with attributes.
   *
   * @param text the text to speak
   * @param options sets the Speak attributes
   * @return this configurator
   */
  public GatherVerb speak(String text, Consumer<? super SpeakVerb> options) {
    append(Prompts.speak(text, options));
    return this;
  }

  /**
   * Adds a spoken SSML prompt.
   *
   * @param ssml the content to speak
   * @param options sets the Speak attributes
   * @return this configurator
   */
  public GatherVerb speak(Ssml ssml, Consumer<? super SpeakVerb> options) {
    append(Prompts.speak(ssml, options));
    return this;
  }

  /**
   * Adds a recorded prompt.
   *
   * @param url an absolute http(s) URL of an MP3 or WAV file
   * @return this configurator
   */
  public GatherVerb play(String url) {
    return play(url, Prompts.none());
  }

  /**
   * Adds a recorded prompt with attributes.
   *
   * @param url an absolute http(s) URL of an MP3 or WAV file
   * @param options sets the Play attributes
   * @return this configurator
   */
  public GatherVerb play(String url, Consumer<? super PlayVerb> options) {
    append(Prompts.play(url, options));
    return this;
  }

  @Override
  void validate() {
    String inputType = element.get("inputType");
    if (InputType.DTMF.wireValue().equals(inputType)) {
      for (String speechOnly :
          new String[] {"speechEndTimeout", "hints", "language", "interimSpeechResultsCallback", "profanityFilter"}) {
        Check.state(!has(speechOnly), what(speechOnly) + " applies to speech input, but inputType is dtmf");
      }
    } else if (InputType.SPEECH.wireValue().equals(inputType)) {
      for (String dtmfOnly : new String[] {"digitEndTimeout", "finishOnKey", "numDigits"}) {
        Check.state(!has(dtmfOnly), what(dtmfOnly) + " applies to key presses, but inputType is speech");
      }
    }
  }
}
