package io.cpaaskit.vobiz.xml;

import io.cpaaskit.vobiz.xml.internal.Check;
import io.cpaaskit.vobiz.xml.internal.XmlElement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Builds the VobizXML document that an answer URL (or an action, transfer or redirect URL) returns to steer a call.
 *
 * <pre>{@code
 * String xml = VobizXml.response()
 *     .speak("Hello", s -> s.voice(Voice.WOMAN).language("en-IN").loop(2))
 *     .gather("https://example.com/ivr/menu", g -> g
 *         .inputType(GatherVerb.InputType.DTMF)
 *         .numDigits(1)
 *         .speak("Press 1 for sales, 2 for support."))
 *     .speak("We did not hear from you. Goodbye.")
 *     .hangup()
 *     .build();
 * // serve it with Content-Type: application/xml
 * }</pre>
 *
 * <p>The builder cannot produce a document Vobiz would fail to parse:
 *
 * <ul>
 *   <li>Nesting is fixed by the types. Each verb method takes a lambda whose configurator offers only the attributes
 *       of that verb and only the children it may hold: {@link GatherVerb} can add Speak and Play, {@link DialVerb}
 *       Number, User and Record, {@link PreAnswerVerb} Speak, Play and Wait; Number and User exist only inside Dial.
 *       Putting a Dial inside a Gather, or a Number in a Response, does not compile.
 *   <li>Required values are parameters (Gather's and Record's {@code action}, the URL of Play, Stream and Redirect,
 *       the room of Conference, the digits of DTMF, the number of Number).
 *   <li>Values are typed (ints, booleans, {@link Duration}s, enums such as {@link HttpMethod}) and checked against
 *       the documented ranges when set; a bad value throws {@link IllegalArgumentException} whose message starts
 *       with the element and attribute ({@code "Gather executionTimeout must be between 5 and 60 seconds ..."}).
 *       Rules that involve several attributes are checked when the verb's lambda returns.
 *   <li>Text and attribute values are escaped ({@code & < > " '}); a character XML 1.0 forbids (such as U+0000) is
 *       refused with an {@link IllegalArgumentException} naming where it was.
 *   <li>{@link #hangup()} and {@link #redirect(String)} end the document: they return {@link Ended}, which can only
 *       be built, because Vobiz runs nothing after them.
 * </ul>
 *
 * <p>{@link #build()} writes {@code <?xml version="1.0" encoding="UTF-8"?>} and the document on one line, with no
 * whitespace between elements (Vobiz reads element text verbatim), and refuses a document over Vobiz's 100 KB limit.
 * Where Vobiz's pages are silent on an attribute's type or range, the builders follow the Plivo dialect Vobiz
 * inherits and say so in their javadoc.
 *
 * <p>A builder is not thread-safe; build one per request.
 */
public final class VobizXml {
  /** The XML declaration every document starts with. */
  public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  /** The largest document Vobiz accepts from an answer URL, in bytes. */
  public static final int MAX_DOCUMENT_BYTES = 100 * 1024;

  private final XmlElement root = new XmlElement("Response");
  private String endedBy;
  private boolean scheduledHangupLast;

  private VobizXml() {}

  /**
   * Starts an empty {@code <Response>}. An empty response leaves the call connected with nothing to do; end it
   * with {@link #hangup()} if that is not what you want.
   *
   * @return a new builder
   */
  public static VobizXml response() {
    return new VobizXml();
  }

  /**
   * Speaks text ({@code <Speak>}).
   *
   * @param text the text, escaped as needed; not blank
   * @return this builder
   */
  public VobizXml speak(String text) {
    return speak(text, Prompts.none());
  }

  /**
   * Speaks text with attributes ({@code <Speak>}); see {@link SpeakVerb}.
   *
   * @param text the text, escaped as needed; not blank
   * @param options sets voice, language and loop
   * @return this builder
   */
  public VobizXml speak(String text, Consumer<? super SpeakVerb> options) {
    return add(Prompts.speak(text, options));
  }

  /**
   * Speaks SSML content ({@code <Speak>}).
   *
   * @param ssml the content
   * @return this builder
   */
  public VobizXml speak(Ssml ssml) {
    return speak(ssml, Prompts.none());
  }

  /**
   * Speaks SSML content with attributes ({@code <Speak>}); see {@link SpeakVerb} and {@link Ssml}.
   *
   * @param ssml the content
   * @param options sets voice, language and loop
   * @return this builder
   */
  public VobizXml speak(Ssml ssml, Consumer<? super SpeakVerb> options) {
    return add(Prompts.speak(ssml, options));
  }

  /**
   * Plays an audio file ({@code <Play>}).
   *
   * @param url an absolute http(s) URL of an MP3 or WAV file
   * @return this builder
   */
  public VobizXml play(String url) {
    return play(url, Prompts.none());
  }

  /**
   * Plays an audio file with attributes ({@code <Play>}); see {@link PlayVerb}.
   *
   * @param url an absolute http(s) URL of an MP3 or WAV file
   * @param options sets loop
   * @return this builder
   */
  public VobizXml play(String url, Consumer<? super PlayVerb> options) {
    return add(Prompts.play(url, options));
  }

  /**
   * Pauses ({@code <Wait length="...">}). As the first element, keeps an inbound call ringing that long before it
   * is answered.
   *
   * @param length at least one whole second
   * @return this builder
   */
  public VobizXml waitFor(Duration length) {
    return waitFor(length, Prompts.none());
  }

  /**
   * Pauses with attributes ({@code <Wait>}); see {@link WaitVerb}.
   *
   * @param length at least one whole second
   * @param options sets silence detection or beep detection
   * @return this builder
   */
  public VobizXml waitFor(Duration length, Consumer<? super WaitVerb> options) {
    return add(Prompts.waitFor(length, options));
  }

  /**
   * Collects key presses or speech and posts them to {@code actionUrl} ({@code <Gather>}); see {@link GatherVerb}.
   *
   * @param actionUrl an absolute http(s) URL (required by Vobiz)
   * @param options sets attributes and adds the Speak/Play prompt
   * @return this builder
   */
  public VobizXml gather(String actionUrl, Consumer<? super GatherVerb> options) {
    return add(Verb.configure(new GatherVerb(actionUrl), options));
  }

  /**
   * Calls one or more parties and bridges the first to answer ({@code <Dial>}); see {@link DialVerb}.
   *
   * @param options sets attributes and adds at least one Number or User
   * @return this builder
   */
  public VobizXml dial(Consumer<? super DialVerb> options) {
    return add(Verb.configure(new DialVerb(), options));
  }

  /**
   * Records and posts the recording to {@code actionUrl} ({@code <Record>}).
   *
   * @param actionUrl an absolute http(s) URL (required by Vobiz)
   * @return this builder
   */
  public VobizXml record(String actionUrl) {
    return record(actionUrl, Prompts.none());
  }

  /**
   * Records with attributes ({@code <Record>}); see {@link RecordVerb}.
   *
   * @param actionUrl an absolute http(s) URL (required by Vobiz)
   * @param options sets the attributes
   * @return this builder
   */
  public VobizXml record(String actionUrl, Consumer<? super RecordVerb> options) {
    return add(Verb.configure(new RecordVerb(actionUrl), options));
  }

  /**
   * Streams the call's audio to a WebSocket ({@code <Stream>}).
   *
   * @param url an absolute {@code wss://} (or {@code ws://}) URL
   * @return this builder
   */
  public VobizXml stream(String url) {
    return stream(url, Prompts.none());
  }

  /**
   * Streams the call's audio to a WebSocket with attributes ({@code <Stream>}); see {@link StreamVerb}.
   *
   * @param url an absolute {@code wss://} (or {@code ws://}) URL
   * @param options sets the attributes
   * @return this builder
   */
  public VobizXml stream(String url, Consumer<? super StreamVerb> options) {
    StreamVerb stream = new StreamVerb();
    stream.element.text("Stream url", Check.webSocketUrl("Stream url", url));
    return add(Verb.configure(stream, options));
  }

  /**
   * Puts the caller into a conference room ({@code <Conference>}).
   *
   * @param room the room name (case-sensitive; not blank)
   * @return this builder
   */
  public VobizXml conference(String room) {
    return conference(room, Prompts.none());
  }

  /**
   * Puts the caller into a conference room with attributes ({@code <Conference>}); see {@link ConferenceVerb}.
   *
   * @param room the room name (case-sensitive; not blank)
   * @param options sets the attributes
   * @return this builder
   */
  public VobizXml conference(String room, Consumer<? super ConferenceVerb> options) {
    return add(Verb.configure(new ConferenceVerb(room), options));
  }

  /**
   * Plays early media before an inbound call is answered ({@code <PreAnswer>}); see {@link PreAnswerVerb}.
   *
   * @param content adds Speak, Play and Wait elements
   * @return this builder
   */
  public VobizXml preAnswer(Consumer<? super PreAnswerVerb> content) {
    return add(Verb.configure(new PreAnswerVerb(), content));
  }

  /**
   * Sends touch tones on the call ({@code <DTMF>}).
   *
   * @param digits {@code 0-9}, {@code *}, {@code #}, and {@code w}/{@code W} for a 0.5 s/1 s pause
   * @return this builder
   */
  public VobizXml dtmf(String digits) {
    return dtmf(digits, Prompts.none());
  }

  /**
   * Sends touch tones with attributes ({@code <DTMF>}); see {@link DtmfVerb}.
   *
   * @param digits {@code 0-9}, {@code *}, {@code #}, and {@code w}/{@code W} for a 0.5 s/1 s pause
   * @param options sets async
   * @return this builder
   */
  public VobizXml dtmf(String digits, Consumer<? super DtmfVerb> options) {
    DtmfVerb dtmf = new DtmfVerb();
    dtmf.element.text("DTMF digits", Check.dtmf("DTMF digits", digits));
    return add(Verb.configure(dtmf, options));
  }

  /**
   * Hangs up after a delay ({@code <Hangup schedule="...">}) while the following elements run; at least one element
   * must follow, or Vobiz hangs up at once ({@link #build()} checks this).
   *
   * @param after at least one whole second
   * @return this builder
   */
  public VobizXml scheduleHangup(Duration after) {
    XmlElement hangup = new XmlElement("Hangup");
    hangup.set("schedule", Long.toString(Check.seconds("Hangup schedule", after, 1, Integer.MAX_VALUE)));
    add(hangup);
    scheduledHangupLast = true;
    return this;
  }

  /**
   * Hangs up ({@code <Hangup/>}). As the first element it rejects an inbound call without answering it; later it
   * ends the call normally. Nothing after it runs, so the document ends here.
   *
   * @return the finished document, ready to {@link Ended#build() build}
   */
  public Ended hangup() {
    return end("Hangup", new XmlElement("Hangup"));
  }

  /**
   * Hangs up with a reason ({@code <Hangup reason="...">}), which matters while an inbound call is unanswered: it
   * is refused without being billed. Nothing after it runs, so the document ends here.
   *
   * @param reason rejected or busy
   * @return the finished document, ready to {@link Ended#build() build}
   */
  public Ended hangup(HangupReason reason) {
    return end(
        "Hangup", new XmlElement("Hangup").set("reason", Check.present("Hangup reason", reason).wireValue()));
  }

  /**
   * Continues the call with the XML another URL returns ({@code <Redirect>}), fetched with POST; Vobiz adds
   * {@code Event=Redirect} to the request. Nothing after it runs, so the document ends here.
   *
   * @param url an absolute http(s) URL
   * @return the finished document, ready to {@link Ended#build() build}
   */
  public Ended redirect(String url) {
    XmlElement redirect = new XmlElement("Redirect");
    redirect.text("Redirect url", Check.httpUrl("Redirect url", url));
    return end("Redirect", redirect);
  }

  /**
   * Continues the call with the XML another URL returns ({@code <Redirect method="...">}). Nothing after it runs, so
   * the document ends here.
   *
   * @param url an absolute http(s) URL
   * @param method how it is fetched
   * @return the finished document, ready to {@link Ended#build() build}
   */
  public Ended redirect(String url, HttpMethod method) {
    XmlElement redirect = new XmlElement("Redirect");
    redirect.set("method", Check.present("Redirect method", method).name());
    redirect.text("Redirect url", Check.httpUrl("Redirect url", url));
    return end("Redirect", redirect);
  }

  /**
   * Writes the document: the XML declaration and {@code <Response>} on one line.
   *
   * @return the document
   * @throws IllegalStateException if a scheduled hangup is the last element, or the document exceeds Vobiz's 100 KB
   */
  public String build() {
    if (scheduledHangupLast) {
      throw new IllegalStateException(
          "Response ends with scheduleHangup(...); add the element that should run until the hangup fires"
              + " (Vobiz hangs up at once otherwise)");
    }
    StringBuilder out = new StringBuilder(DECLARATION);
    root.writeTo(out);
    String document = out.toString();
    int bytes = document.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_DOCUMENT_BYTES) {
      throw new IllegalStateException(
          "Response is " + bytes + " bytes; Vobiz accepts at most " + MAX_DOCUMENT_BYTES
              + " bytes from an answer URL (split the flow with redirect(...))");
    }
    return document;
  }

  private VobizXml add(XmlElement verb) {
    if (endedBy != null) {
      throw new IllegalStateException(
          "Response already ends with " + endedBy + "; Vobiz would not run a " + verb.name() + " after it");
    }
    root.append(verb);
    scheduledHangupLast = false;
    return this;
  }

  private Ended end(String verb, XmlElement element) {
    add(element);
    endedBy = verb;
    return new Ended(this);
  }

  /**
   * A document that ends with {@code <Hangup>} or {@code <Redirect>}: Vobiz runs nothing after either, so the only
   * thing left to do is to build it.
   */
  public static final class Ended {
    private final VobizXml response;

    private Ended(VobizXml response) {
      this.response = response;
    }

    /**
     * Writes the document; see {@link VobizXml#build()}.
     *
     * @return the document
     */
    public String build() {
      return response.build();
    }
  }
}
