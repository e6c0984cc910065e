package io.cpaaskit.vobiz.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values and combinations Vobiz does not accept are refused where they are set, with a message that starts with the
 * element and the attribute. (Wrong nesting is a compile error by design, so it has no test here.)
 */
class VobizXmlValidationTest {
  private static final String URL = "https://example.com/action";

  static Stream<Arguments> rejected() {
    return Stream.of(
        // expected message start, the call
        Arguments.of("Speak loop must be at least 0", (Supplier<?>) () -> VobizXml.response().speak("x", s -> s.loop(-1))),
        Arguments.of("Speak text is blank", (Supplier<?>) () -> VobizXml.response().speak("  ")),
        Arguments.of("Speak text == null", (Supplier<?>) () -> VobizXml.response().speak((String) null)),
        Arguments.of("Speak language must be a language tag", (Supplier<?>) () -> VobizXml.response().speak("x", s -> s.language("english"))),
        Arguments.of("Speak voice must be", (Supplier<?>) () -> Voice.named("Polly Aditi")),
        Arguments.of("Play loop must be at least 0", (Supplier<?>) () -> VobizXml.response().play(URL, p -> p.loop(-2))),
        Arguments.of("Play url must be an absolute https:// or http:// URL, was a relative reference",
            (Supplier<?>) () -> VobizXml.response().play("/audio/welcome.mp3")),
        Arguments.of("Play url must be an absolute https:// or http:// URL, was a ftp: URL",
            (Supplier<?>) () -> VobizXml.response().play("ftp://example.com/a.mp3")),
        Arguments.of("Play url has no host name", (Supplier<?>) () -> VobizXml.response().play("https:///a.mp3")),
        Arguments.of("Play url is not a valid URL", (Supplier<?>) () -> VobizXml.response().play("https://exa mple.com/a.mp3")),
        Arguments.of("Play url is not a valid URL", (Supplier<?>) () -> VobizXml.response().play("https://example.com/a.mp3?x=<1>")),
        Arguments.of("Wait length must be between 1 and", (Supplier<?>) () -> VobizXml.response().waitFor(Duration.ZERO)),
        Arguments.of("Wait length is in whole seconds", (Supplier<?>) () -> VobizXml.response().waitFor(Duration.ofMillis(1500))),
        Arguments.of("Wait minSilence must be between 1 and", (Supplier<?>) () -> VobizXml.response().waitFor(Duration.ofSeconds(5), w -> w.silence(true).minSilence(Duration.ZERO))),
        Arguments.of("Wait beep and silence exclude each other", (Supplier<?>) () -> VobizXml.response().waitFor(Duration.ofSeconds(5), w -> w.beep(true).silence(true))),
        Arguments.of("Wait minSilence only takes effect with silence(true)", (Supplier<?>) () -> VobizXml.response().waitFor(Duration.ofSeconds(5), w -> w.minSilence(Duration.ofMillis(500)))),
        Arguments.of("Wait minSilence must be shorter than the wait's length", (Supplier<?>) () -> VobizXml.response().waitFor(Duration.ofSeconds(2), w -> w.silence(true).minSilence(Duration.ofSeconds(2)))),
        Arguments.of("Gather action must be an absolute", (Supplier<?>) () -> VobizXml.response().gather("menu", g -> {})),
        Arguments.of("Gather action == null", (Supplier<?>) () -> VobizXml.response().gather(null, g -> {})),
        Arguments.of("Gather executionTimeout must be between 5 and 60 seconds, was 4 s", (Supplier<?>) () -> VobizXml.response().gather(URL, g -> g.executionTimeout(Duration.ofSeconds(4)))),
        Arguments.of("Gather executionTimeout must be between 5 and 60 seconds, was 61 s", (Supplier<?>) () -> VobizXml.response().gather(URL, g -> g.executionTimeout(Duration.ofSeconds(61)))),
        Arguments.of("Gather digitEndTimeout must be between 2 and 10", (Supplier<?>) () -> VobizXml.response().gather(URL, g -> g.digitEndTimeout(Duration.ofSeconds(11)))),
        Arguments.of("Gather speechEndTimeout must be between 2 and 10", (Supplier<?>) () -> VobizXml.response().gather(URL, g -> g.speechEndTimeout(Duration.ofSeconds(1)))),
        Arguments.of("Gather finishOnKey must be one of 0-9, * and #", (Supplier<?>) () -> VobizXml.response().gather(URL, g -> g.finishOnKey('A'))),
        Arguments.of("Gather numDigits must be between 1 and 32, was 0", (Supplier<?>) () -> VobizXml.response().gather(URL, g -> g.numDigits(0))),
        Arguments.of("Gather hints are joined with commas", (Supplier<?>) () -> VobizXml.response().gather(URL, g -> g.hints("sales, support"))),
        Arguments.of("Gather hints count must be between 1 and 500, was 0", (Supplier<?>) () -> VobizXml.response().gather(URL, g -> g.hints())),
        Arguments.of("Gather hints phrases are at most 100 characters", (Supplier<?>) () -> VobizXml.response().gather(URL, g -> g.hints("x".repeat(101)))),
        Arguments.of("Gather speechEndTimeout applies to speech input, but inputType is dtmf", (Supplier<?>) () -> VobizXml.response().gather(URL, g -> g.inputType(GatherVerb.InputType.DTMF).speechEndTimeout(Duration.ofSeconds(3)))),
        Arguments.of("Gather numDigits applies to key presses, but inputType is speech", (Supplier<?>) () -> VobizXml.response().gather(URL, g -> g.numDigits(2).inputType(GatherVerb.InputType.SPEECH))),
        Arguments.of("Gather interimSpeechResultsCallback must be an absolute", (Supplier<?>) () -> VobizXml.response().gather(URL, g -> g.interimSpeechResultsCallback("partial"))),
        Arguments.of("Gather method == null", (Supplier<?>) () -> VobizXml.response().gather(URL, g -> g.method(null))),
        Arguments.of("Dial needs at least one number(...) or user(...)", (Supplier<?>) () -> VobizXml.response().dial(d -> d.timeout(Duration.ofSeconds(20)))),
        Arguments.of("Dial timeout must be between 1 and", (Supplier<?>) () -> VobizXml.response().dial(d -> d.timeout(Duration.ofSeconds(-1)).number("1"))),
        Arguments.of("Dial timeLimit is in whole seconds", (Supplier<?>) () -> VobizXml.response().dial(d -> d.timeLimit(Duration.ofMillis(100)).number("1"))),
        Arguments.of("Dial callerId must be a phone number", (Supplier<?>) () -> VobizXml.response().dial(d -> d.callerId("Acme").number("1"))),
        Arguments.of("Dial callerName is at most 50 characters", (Supplier<?>) () -> VobizXml.response().dial(d -> d.callerName("x".repeat(51)).number("1"))),
        Arguments.of("Dial confirmKey must be one of 0-9, * and #", (Supplier<?>) () -> VobizXml.response().dial(d -> d.confirmSound(URL, 'x').number("1"))),
        Arguments.of("Dial digitsMatch sequences may hold only 0-9, * and #", (Supplier<?>) () -> VobizXml.response().dial(d -> d.digitsMatch("12a").number("1"))),
        Arguments.of("Dial digitsMatch needs at least one key sequence", (Supplier<?>) () -> VobizXml.response().dial(d -> d.digitsMatch().number("1"))),
        Arguments.of("Dial sipHeaders names may hold only A-Z, a-z and 0-9", (Supplier<?>) () -> VobizXml.response().dial(d -> d.sipHeaders(Map.of("X-Bad", "1")).number("1"))),
        Arguments.of("Dial sipHeaders value of Tenant may hold only A-Z, a-z and 0-9", (Supplier<?>) () -> VobizXml.response().dial(d -> d.sipHeaders(Map.of("Tenant", "a,b=c")).number("1"))),
        Arguments.of("Dial sipHeaders is empty", (Supplier<?>) () -> VobizXml.response().dial(d -> d.sipHeaders(Map.of()).number("1"))),
        Arguments.of("Number must be a phone number", (Supplier<?>) () -> VobizXml.response().dial(d -> d.number("+1 415 555 0100"))),
        Arguments.of("Number sendDigits may hold only 0-9, *, #, w and W", (Supplier<?>) () -> VobizXml.response().dial(d -> d.number("1", n -> n.sendDigits("12x")))),
        Arguments.of("Number sendOnPreanswer needs sendDigits", (Supplier<?>) () -> VobizXml.response().dial(d -> d.number("1", n -> n.sendOnPreanswer(true)))),
        Arguments.of("User must be a SIP URI", (Supplier<?>) () -> VobizXml.response().dial(d -> d.user("john@registrar.vobiz.ai"))),
        Arguments.of("User must be a SIP URI", (Supplier<?>) () -> VobizXml.response().dial(d -> d.user("sip:registrar.vobiz.ai"))),
        Arguments.of("User sendOnPreanswer needs sendDigits", (Supplier<?>) () -> VobizXml.response().dial(d -> d.user("sip:a@b.example", u -> u.sendOnPreanswer(false)))),
        Arguments.of("Record action must be an absolute", (Supplier<?>) () -> VobizXml.response().record("voicemail")),
        Arguments.of("Record maxLength must be between 1 and", (Supplier<?>) () -> VobizXml.response().record(URL, r -> r.maxLength(Duration.ZERO))),
        Arguments.of("Record finishOnKey names key # twice", (Supplier<?>) () -> VobizXml.response().record(URL, r -> r.finishOnKeys("##"))),
        Arguments.of("Record finishOnKey must name at least one key", (Supplier<?>) () -> VobizXml.response().record(URL, r -> r.finishOnKeys(""))),
        Arguments.of("Record recordSession and startOnDialAnswer exclude each other", (Supplier<?>) () -> VobizXml.response().record(URL, r -> r.recordSession(true).startOnDialAnswer(true))),
        Arguments.of("Record transcriptionUrl must be an absolute", (Supplier<?>) () -> VobizXml.response().record(URL, r -> r.transcribe("mailto:x@example.com"))),
        Arguments.of("Stream url must be an absolute wss:// or ws:// URL, was a https: URL", (Supplier<?>) () -> VobizXml.response().stream("https://agent.example.com/media")),
        Arguments.of("Stream audioTrack must be inbound when bidirectional is true", (Supplier<?>) () -> VobizXml.response().stream("wss://a.example/m", s -> s.audioTrack(StreamVerb.AudioTrack.BOTH).bidirectional(true))),
        Arguments.of("Stream keepCallAlive needs bidirectional(true)", (Supplier<?>) () -> VobizXml.response().stream("wss://a.example/m", s -> s.keepCallAlive(true))),
        Arguments.of("Stream streamTimeout must be between 1 and", (Supplier<?>) () -> VobizXml.response().stream("wss://a.example/m", s -> s.streamTimeout(Duration.ZERO))),
        Arguments.of("Stream extraHeaders must fit in 512 bytes", (Supplier<?>) () -> VobizXml.response().stream("wss://a.example/m", s -> s.extraHeaders(manyHeaders()))),
        Arguments.of("Conference room is blank", (Supplier<?>) () -> VobizXml.response().conference("")),
        Arguments.of("Conference maxParticipants must be at least 1, was 0", (Supplier<?>) () -> VobizXml.response().conference("r", c -> c.maxParticipants(0))),
        Arguments.of("Conference recordFileFormat needs record(true)", (Supplier<?>) () -> VobizXml.response().conference("r", c -> c.recordFileFormat(AudioFormat.WAV))),
        Arguments.of("Conference waitSound must be an absolute", (Supplier<?>) () -> VobizXml.response().conference("r", c -> c.waitSound("hold.xml"))),
        Arguments.of("DTMF digits may hold only 0-9, *, #, w and W", (Supplier<?>) () -> VobizXml.response().dtmf("12a")),
        Arguments.of("DTMF digits may hold only 0-9, *, #, w and W", (Supplier<?>) () -> VobizXml.response().dtmf("")),
        Arguments.of("PreAnswer is empty", (Supplier<?>) () -> VobizXml.response().preAnswer(p -> {})),
        Arguments.of("Hangup schedule must be between 1 and", (Supplier<?>) () -> VobizXml.response().scheduleHangup(Duration.ZERO)),
        Arguments.of("Hangup reason == null", (Supplier<?>) () -> VobizXml.response().hangup(null)),
        Arguments.of("Redirect url must be an absolute", (Supplier<?>) () -> VobizXml.response().redirect("/next")),
        Arguments.of("break time must be between 1 and 10000 milliseconds", (Supplier<?>) () -> Ssml.of(s -> s.pause(Duration.ofSeconds(11)))),
        Arguments.of("SSML is empty", (Supplier<?>) () -> Ssml.of(s -> {})),
        Arguments.of("SSML is empty", (Supplier<?>) () -> Ssml.of(s -> s.text(" "))),
        Arguments.of("say-as format must be one to eight lower-case letters", (Supplier<?>) () -> Ssml.of(s -> s.sayAs(Ssml.InterpretAs.DATE, "d/m/y", "1/2/3"))),
        Arguments.of("prosody needs at least one of rate, pitch and volume", (Supplier<?>) () -> Ssml.of(s -> s.prosody(p -> {}, c -> c.text("x")))),
        Arguments.of("prosody rate must be between 20 and 200", (Supplier<?>) () -> Ssml.of(s -> s.prosody(p -> p.ratePercent(300), c -> c.text("x")))),
        Arguments.of("lang xml:lang must be a language tag", (Supplier<?>) () -> Ssml.of(s -> s.language("hindi!", c -> c.text("x")))));
  }

  private static Map<String, String> manyHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      headers.put("header" + i, "value" + i);
    }
    return headers;
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("rejected")
  void rejected_withAMessageNamingElementAndAttribute(String messageStart, Supplier<?> call) {
    Throwable failure = catchThrowable(call::get);

    assertThat(failure).isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class);
    assertThat(failure).hasMessageStartingWith(messageStart);
  }

  @Test
  void nothingRunsAfterHangupOrRedirect_soTheBuilderRefusesMore() {
    VobizXml response = VobizXml.response().speak("Bye");
    response.hangup();

    assertThatThrownBy(() -> response.speak("too late"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Response already ends with Hangup; Vobiz would not run a Speak after it");

    VobizXml redirected = VobizXml.response();
    redirected.redirect("https://example.com/next");
    assertThatThrownBy(() -> redirected.hangup())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already ends with Redirect");
  }

  @Test
  void scheduledHangup_asTheLastElement_isRefusedAtBuild() {
    VobizXml response = VobizXml.response().speak("Hi").scheduleHangup(Duration.ofSeconds(30));

    assertThatThrownBy(response::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Response ends with scheduleHangup(...)");
    assertThat(response.speak("now it runs").build()).contains("<Hangup schedule=\"30\"/><Speak>now it runs</Speak>");
  }

  @Test
  void documentOver100KB_isRefusedAtBuild() {
    VobizXml response = VobizXml.response();
    String chunk = "x".repeat(1000);
    for (int i = 0; i < 103; i++) {
      response.speak(chunk);
    }

    assertThatThrownBy(response::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Vobiz accepts at most 102400 bytes");
  }

  @Test
  void documentOfExactly100KB_isAccepted() {
    String empty = VobizXml.response().speak("x").build();
    int overhead = empty.length() - 1;
    String text = "y".repeat(VobizXml.MAX_DOCUMENT_BYTES - overhead);

    assertThat(VobizXml.response().speak(text).build()).hasSize(VobizXml.MAX_DOCUMENT_BYTES);
  }

  @Test
  void configuratorThatEscapedItsLambda_cannotChangeTheDocument() {
    AtomicReference<SpeakVerb> leaked = new AtomicReference<>();
    VobizXml response = VobizXml.response().speak("Hello", leaked::set);

    assertThatThrownBy(() -> leaked.get().loop(3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Speak loop: this Speak is already part of the document");
    assertThat(response.build()).endsWith("<Speak>Hello</Speak></Response>");

    AtomicReference<GatherVerb> gather = new AtomicReference<>();
    VobizXml.response().gather(URL, gather::set);
    assertThatThrownBy(() -> gather.get().speak("late prompt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Gather Speak: this Gather is already part of the document");

    AtomicReference<DialVerb> dial = new AtomicReference<>();
    VobizXml.response().dial(d -> dial.set(d.number("1")));
    assertThatThrownBy(() -> dial.get().number("2")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void failedVerb_leavesTheDocumentUnchanged() {
    VobizXml response = VobizXml.response().speak("first");

    assertThatThrownBy(() -> response.dial(d -> d.callerId("x"))).isInstanceOf(IllegalArgumentException.class);

    assertThat(response.build()).endsWith("<Response><Speak>first</Speak></Response>");
  }

  @Test
  void nullConsumer_isRefused() {
    assertThatThrownBy(() -> VobizXml.response().dial(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Dial options == null");
  }
}
