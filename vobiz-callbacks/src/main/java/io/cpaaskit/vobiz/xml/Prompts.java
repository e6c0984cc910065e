package io.cpaaskit.vobiz.xml;

import io.cpaaskit.vobiz.xml.internal.Check;
import io.cpaaskit.vobiz.xml.internal.XmlElement;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Builds the elements that several containers accept (Speak and Play in Response, Gather and PreAnswer; Wait in
 * Response and PreAnswer), so each container's public methods stay one line and behave the same.
 */
final class Prompts {
  private static final Consumer<Object> NO_OPTIONS = options -> {};

  private Prompts() {}

  static XmlElement speak(String text, Consumer<? super SpeakVerb> options) {
    SpeakVerb speak = new SpeakVerb();
    speak.element.text("Speak text", Check.text("Speak text", text));
    return Verb.configure(speak, options);
  }

  static XmlElement speak(Ssml ssml, Consumer<? super SpeakVerb> options) {
    SpeakVerb speak = new SpeakVerb();
    speak.element.appendAll(Check.present("Speak ssml", ssml).nodes());
    return Verb.configure(speak, options);
  }

  static XmlElement play(String url, Consumer<? super PlayVerb> options) {
    PlayVerb play = new PlayVerb();
    play.element.text("Play url", Check.httpUrl("Play url", url));
    return Verb.configure(play, options);
  }

  static XmlElement waitFor(Duration length, Consumer<? super WaitVerb> options) {
    return Verb.configure(new WaitVerb(length), options);
  }

  @SuppressWarnings("unchecked") // a consumer of Object accepts any verb
  static <V> Consumer<V> none() {
    return (Consumer<V>) NO_OPTIONS;
  }
}
