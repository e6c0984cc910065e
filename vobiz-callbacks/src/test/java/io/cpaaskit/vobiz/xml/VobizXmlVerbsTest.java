package io.cpaaskit.vobiz.xml;

import static io.cpaaskit.vobiz.xml.XmlAssert.child;
import static io.cpaaskit.vobiz.xml.XmlAssert.childCount;
import static io.cpaaskit.vobiz.xml.XmlAssert.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every verb with its attributes, as written and as the JDK parser reads it back.
 *
 * <p>Nesting rules are not tested here because misuse does not compile: {@code GatherVerb} has no {@code dial} or
 * {@code record} method, {@code VobizXml} has no {@code number} or {@code user}, {@code PreAnswerVerb} has only
 * speak/play/waitFor, and {@code VobizXml.Ended} (after hangup or redirect) can only be built.
 */
class VobizXmlVerbsTest {
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  @Test
  void emptyResponse() {
    String xml = VobizXml.response().build();

    assertThat(xml).isEqualTo(DECLARATION + "<Response/>");
    assertThat(parse(xml).getTagName()).isEqualTo("Response");
  }

  @Test
  void speak_withEveryAttribute() {
    String xml = VobizXml.response()
        .speak("Hello", s -> s.voice(Voice.MAN).language("en-IN").loop(2))
        .speak("Forever", s -> s.loop(0))
        .build();

    assertThat(xml).isEqualTo(DECLARATION + "<Response>"
        + "<Speak voice=\"MAN\" language=\"en-IN\" loop=\"2\">Hello</Speak>"
        + "<Speak loop=\"0\">Forever</Speak>"
        + "</Response>");
    parse(xml);
  }

  @Test
  void speak_namedVoice() {
    String xml = VobizXml.response().speak("Namaste", s -> s.voice(Voice.named("Polly.Aditi")).language("hi-IN")).build();

    Element speak = child(parse(xml), 0);
    assertThat(speak.getAttribute("voice")).isEqualTo("Polly.Aditi");
    assertThat(Voice.named("WOMAN")).isSameAs(Voice.WOMAN);
  }

  @Test
  void speak_ssml() {
    Ssml ssml = Ssml.of(s -> s
        .text("Your code is ")
        .sayAs(Ssml.InterpretAs.DIGITS, "4096")
        .pause(Duration.ofMillis(500))
        .emphasis(Ssml.Emphasis.STRONG, "ten minutes")
        .pause(Ssml.Strength.X_STRONG)
        .sayAs(Ssml.InterpretAs.DATE, "dmy", "29-09-2026")
        .substitute("Vobiz Limited", "VBZ")
        .paragraph(p -> p.sentence(x -> x.text("One.")).sentence(x -> x.text("Two.")))
        .language("hi-IN", l -> l.text("Dhanyavaad"))
        .prosody(p -> p.rate(Ssml.Rate.X_SLOW).pitch(Ssml.Pitch.HIGH).volume(Ssml.Volume.LOUD), c -> c.text("slow"))
        .prosody(p -> p.ratePercent(120), c -> c.emphasis(Ssml.Emphasis.REDUCED, e -> e.text("quick"))));

    String xml = VobizXml.response().speak(ssml, s -> s.language("en-IN")).build();

    assertThat(xml).isEqualTo(DECLARATION + "<Response><Speak language=\"en-IN\">Your code is "
        + "<say-as interpret-as=\"digits\">4096</say-as>"
        + "<break time=\"500ms\"/>"
        + "<emphasis level=\"strong\">ten minutes</emphasis>"
        + "<break strength=\"x-strong\"/>"
        + "<say-as interpret-as=\"date\" format=\"dmy\">29-09-2026</say-as>"
        + "<sub alias=\"Vobiz Limited\">VBZ</sub>"
        + "<p><s>One.</s><s>Two.</s></p>"
        + "<lang xml:lang=\"hi-IN\">Dhanyavaad</lang>"
        + "<prosody rate=\"x-slow\" pitch=\"high\" volume=\"loud\">slow</prosody>"
        + "<prosody rate=\"120%\"><emphasis level=\"reduced\">quick</emphasis></prosody>"
        + "</Speak></Response>");
    parse(xml);
    assertThat(ssml.toString()).startsWith("Your code is <say-as").endsWith("</prosody>");
  }

  @Test
  void ssml_canBeReusedInSeveralSpeaks() {
    Ssml ssml = Ssml.of(s -> s.text("Hi ").pause(Duration.ofSeconds(1)));

    Element response = parse(VobizXml.response().speak(ssml).speak(ssml).build());

    assertThat(childCount(response)).isEqualTo(2);
    assertThat(child(response, 1).getTextContent()).isEqualTo("Hi ");
  }

  @Test
  void play_andLoop() {
    String xml = VobizXml.response()
        .play("https://cdn.example.com/welcome.mp3")
        .play("https://cdn.example.com/hold.mp3", p -> p.loop(0))
        .build();

    assertThat(xml).isEqualTo(DECLARATION + "<Response>"
        + "<Play>https://cdn.example.com/welcome.mp3</Play>"
        + "<Play loop=\"0\">https://cdn.example.com/hold.mp3</Play>"
        + "</Response>");
  }

  @Test
  void wait_withSilenceAndBeep() {
    String xml = VobizXml.response()
        .waitFor(Duration.ofSeconds(3))
        .waitFor(Duration.ofSeconds(10), w -> w.silence(true).minSilence(Duration.ofMillis(2500)))
        .waitFor(Duration.ofSeconds(15), w -> w.beep(true))
        .build();

    assertThat(xml).isEqualTo(DECLARATION + "<Response>"
        + "<Wait length=\"3\"/>"
        + "<Wait length=\"10\" silence=\"true\" minSilence=\"2500\"/>"
        + "<Wait length=\"15\" beep=\"true\"/>"
        + "</Response>");
  }

  @Test
  void gather_withEveryAttributeAndBothPromptKinds() {
    String xml = VobizXml.response()
        .gather("https://example.com/ivr?step=1&lang=en", g -> g
            .method(HttpMethod.GET)
            .inputType(GatherVerb.InputType.DTMF_SPEECH)
            .executionTimeout(Duration.ofSeconds(20))
            .digitEndTimeout(Duration.ofSeconds(3))
            .speechEndTimeout(Duration.ofSeconds(2))
            .finishOnKey('*')
            .numDigits(4)
            .hints("sales", "support", "billing department")
            .language("en-IN")
            .interimSpeechResultsCallback("https://example.com/partial", HttpMethod.GET)
            .log(false)
            .redirect(true)
            .profanityFilter(true)
            .speak("Enter your PIN or say sales.", s -> s.language("en-IN"))
            .play("https://cdn.example.com/beep.wav"))
        .build();

    Element gather = child(parse(xml), 0);
    assertThat(gather.getTagName()).isEqualTo("Gather");
    assertThat(gather.getAttribute("action")).isEqualTo("https://example.com/ivr?step=1&lang=en");
    assertThat(xml).contains("action=\"https://example.com/ivr?step=1&amp;lang=en\"");
    assertThat(gather.getAttribute("method")).isEqualTo("GET");
    assertThat(gather.getAttribute("inputType")).isEqualTo("dtmf speech");
    assertThat(gather.getAttribute("executionTimeout")).isEqualTo("20");
    assertThat(gather.getAttribute("digitEndTimeout")).isEqualTo("3");
    assertThat(gather.getAttribute("speechEndTimeout")).isEqualTo("2");
    assertThat(gather.getAttribute("finishOnKey")).isEqualTo("*");
    assertThat(gather.getAttribute("numDigits")).isEqualTo("4");
    assertThat(gather.getAttribute("hints")).isEqualTo("sales,support,billing department");
    assertThat(gather.getAttribute("language")).isEqualTo("en-IN");
    assertThat(gather.getAttribute("interimSpeechResultsCallback")).isEqualTo("https://example.com/partial");
    assertThat(gather.getAttribute("interimSpeechResultsCallbackMethod")).isEqualTo("GET");
    assertThat(gather.getAttribute("log")).isEqualTo("false");
    assertThat(gather.getAttribute("redirect")).isEqualTo("true");
    assertThat(gather.getAttribute("profanityFilter")).isEqualTo("true");
    assertThat(childCount(gather)).isEqualTo(2);
    assertThat(child(gather, 0).getTagName()).isEqualTo("Speak");
    assertThat(child(gather, 0).getAttribute("language")).isEqualTo("en-IN");
    assertThat(child(gather, 1).getTagName()).isEqualTo("Play");
  }

  @Test
  void gather_minimal_andNoFinishOnKey() {
    String xml = VobizXml.response()
        .gather("https://example.com/menu", g -> g.numDigits(1).noFinishOnKey().speak("Press 1."))
        .speak("No input. Goodbye.")
        .hangup()
        .build();

    assertThat(xml).isEqualTo(DECLARATION + "<Response>"
        + "<Gather action=\"https://example.com/menu\" numDigits=\"1\" finishOnKey=\"none\"><Speak>Press 1.</Speak></Gather>"
        + "<Speak>No input. Goodbye.</Speak>"
        + "<Hangup/>"
        + "</Response>");
  }

  @Test
  void gather_ssmlPrompt() {
    Element gather = child(parse(VobizXml.response()
        .gather("https://example.com/menu", g -> g.speak(Ssml.of(s -> s.text("Press ").sayAs(Ssml.InterpretAs.DIGITS, "1")),
            s -> s.voice(Voice.WOMAN)))
        .build()), 0);

    assertThat(child(gather, 0).getAttribute("voice")).isEqualTo("WOMAN");
    assertThat(child(child(gather, 0), 0).getTagName()).isEqualTo("say-as");
  }

  @Test
  void dial_withEveryAttributeNumbersUsersAndRecord() {
    Map<String, String> sip = new LinkedHashMap<>();
    sip.put("Tenant", "acme");
    sip.put("Ticket", "4711");

    String xml = VobizXml.response()
        .dial(d -> d
            .action("https://example.com/dial-status", HttpMethod.POST)
            .hangupOnStar(true)
            .timeLimit(Duration.ofHours(1))
            .timeout(Duration.ofSeconds(30))
            .callerId("+919876543210")
            .callerName("Acme Support")
            .confirmSound("https://example.com/confirm", '5')
            .dialMusic("https://example.com/ringback")
            .callbackUrl("https://example.com/dial-events", HttpMethod.GET)
            .redirect(false)
            .digitsMatch("*12", "#22")
            .digitsMatchBLeg("99")
            .sipHeaders(sip)
            .record("https://example.com/recording", r -> r.startOnDialAnswer(true))
            .number("+14155550100", n -> n.sendDigits("wwww2410").sendOnPreanswer(true))
            .number("15671234567")
            .user("sip:john1234@registrar.vobiz.ai", u -> u.sendDigits("1#").sipHeaders(Map.of("Role", "agent")))
            .user("sip:alice@registrar.vobiz.ai"))
        .build();

    Element dial = child(parse(xml), 0);
    assertThat(dial.getAttribute("action")).isEqualTo("https://example.com/dial-status");
    assertThat(dial.getAttribute("method")).isEqualTo("POST");
    assertThat(dial.getAttribute("hangupOnStar")).isEqualTo("true");
    assertThat(dial.getAttribute("timeLimit")).isEqualTo("3600");
    assertThat(dial.getAttribute("timeout")).isEqualTo("30");
    assertThat(dial.getAttribute("callerId")).isEqualTo("+919876543210");
    assertThat(dial.getAttribute("callerName")).isEqualTo("Acme Support");
    assertThat(dial.getAttribute("confirmSound")).isEqualTo("https://example.com/confirm");
    assertThat(dial.getAttribute("confirmKey")).isEqualTo("5");
    assertThat(dial.getAttribute("dialMusic")).isEqualTo("https://example.com/ringback");
    assertThat(dial.getAttribute("callbackUrl")).isEqualTo("https://example.com/dial-events");
    assertThat(dial.getAttribute("callbackMethod")).isEqualTo("GET");
    assertThat(dial.getAttribute("redirect")).isEqualTo("false");
    assertThat(dial.getAttribute("digitsMatch")).isEqualTo("*12,#22");
    assertThat(dial.getAttribute("digitsMatchBLeg")).isEqualTo("99");
    assertThat(dial.getAttribute("sipHeaders")).isEqualTo("Tenant=acme,Ticket=4711");
    assertThat(childCount(dial)).isEqualTo(5);
    assertThat(child(dial, 0).getTagName()).isEqualTo("Record");
    assertThat(child(dial, 0).getAttribute("startOnDialAnswer")).isEqualTo("true");
    Element number = child(dial, 1);
    assertThat(number.getTagName()).isEqualTo("Number");
    assertThat(number.getTextContent()).isEqualTo("+14155550100");
    assertThat(number.getAttribute("sendDigits")).isEqualTo("wwww2410");
    assertThat(number.getAttribute("sendOnPreanswer")).isEqualTo("true");
    assertThat(child(dial, 2).getTextContent()).isEqualTo("15671234567");
    Element user = child(dial, 3);
    assertThat(user.getTagName()).isEqualTo("User");
    assertThat(user.getTextContent()).isEqualTo("sip:john1234@registrar.vobiz.ai");
    assertThat(user.getAttribute("sendDigits")).isEqualTo("1#");
    assertThat(user.getAttribute("sipHeaders")).isEqualTo("Role=agent");
    assertThat(child(dial, 4).getTextContent()).isEqualTo("sip:alice@registrar.vobiz.ai");
  }

  @Test
  void dial_minimal() {
    assertThat(VobizXml.response().dial(d -> d.number("+14155550100")).build())
        .isEqualTo(DECLARATION + "<Response><Dial><Number>+14155550100</Number></Dial></Response>");
    assertThat(VobizXml.response().dial(d -> d.confirmSound("https://example.com/c").user("sip:a@b.example")).build())
        .contains("<Dial confirmSound=\"https://example.com/c\"><User>sip:a@b.example</User></Dial>");
  }

  @Test
  void record_withEveryAttribute() {
    String xml = VobizXml.response()
        .record("https://example.com/voicemail", r -> r
            .method(HttpMethod.GET)
            .fileFormat(AudioFormat.WAV)
            .redirect(true)
            .timeout(Duration.ofSeconds(5))
            .maxLength(Duration.ofMinutes(2))
            .playBeep(false)
            .finishOnKeys("#*")
            .recordSession(false)
            .transcribe("https://example.com/transcript", HttpMethod.GET)
            .callbackUrl("https://example.com/recording-ready"))
        .record("https://example.com/session", r -> r.recordSession(true))
        .build();

    Element record = child(parse(xml), 0);
    assertThat(record.getAttribute("action")).isEqualTo("https://example.com/voicemail");
    assertThat(record.getAttribute("method")).isEqualTo("GET");
    assertThat(record.getAttribute("fileFormat")).isEqualTo("wav");
    assertThat(record.getAttribute("redirect")).isEqualTo("true");
    assertThat(record.getAttribute("timeout")).isEqualTo("5");
    assertThat(record.getAttribute("maxLength")).isEqualTo("120");
    assertThat(record.getAttribute("playBeep")).isEqualTo("false");
    assertThat(record.getAttribute("finishOnKey")).isEqualTo("#*");
    assertThat(record.getAttribute("recordSession")).isEqualTo("false");
    assertThat(record.getAttribute("transcriptionType")).isEqualTo("auto");
    assertThat(record.getAttribute("transcriptionUrl")).isEqualTo("https://example.com/transcript");
    assertThat(record.getAttribute("transcriptionMethod")).isEqualTo("GET");
    assertThat(record.getAttribute("callbackUrl")).isEqualTo("https://example.com/recording-ready");
    assertThat(record.hasAttribute("callbackMethod")).isFalse();
    assertThat(child(parse(xml), 1).getAttribute("recordSession")).isEqualTo("true");
    assertThat(VobizXml.response().record("https://example.com/r").build())
        .isEqualTo(DECLARATION + "<Response><Record action=\"https://example.com/r\"/></Response>");
  }

  @Test
  void stream_withEveryAttribute() {
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("test1", "12");
    extra.put("test2", "123");

    String xml = VobizXml.response()
        .stream("wss://agent.example.com/media?call=1", s -> s
            .bidirectional(true)
            .audioTrack(StreamVerb.AudioTrack.INBOUND)
            .streamTimeout(Duration.ofHours(2))
            .statusCallbackUrl("https://example.com/stream-status", HttpMethod.POST)
            .contentType(StreamVerb.ContentType.L16_16000)
            .extraHeaders(extra)
            .keepCallAlive(true))
        .stream("ws://localhost:8080/media", s -> s.audioTrack(StreamVerb.AudioTrack.BOTH)
            .contentType(StreamVerb.ContentType.MULAW_8000))
        .build();

    Element stream = child(parse(xml), 0);
    assertThat(stream.getTextContent()).isEqualTo("wss://agent.example.com/media?call=1");
    assertThat(stream.getAttribute("bidirectional")).isEqualTo("true");
    assertThat(stream.getAttribute("audioTrack")).isEqualTo("inbound");
    assertThat(stream.getAttribute("streamTimeout")).isEqualTo("7200");
    assertThat(stream.getAttribute("statusCallbackUrl")).isEqualTo("https://example.com/stream-status");
    assertThat(stream.getAttribute("statusCallbackMethod")).isEqualTo("POST");
    assertThat(stream.getAttribute("contentType")).isEqualTo("audio/x-l16;rate=16000");
    assertThat(stream.getAttribute("extraHeaders")).isEqualTo("test1=12,test2=123");
    assertThat(stream.getAttribute("keepCallAlive")).isEqualTo("true");
    Element second = child(parse(xml), 1);
    assertThat(second.getAttribute("audioTrack")).isEqualTo("both");
    assertThat(second.getAttribute("contentType")).isEqualTo("audio/x-mulaw;rate=8000");
  }

  @Test
  void conference_withEveryAttribute() {
    String xml = VobizXml.response()
        .conference("Standup-4711", c -> c
            .muted(true)
            .beep(false)
            .startConferenceOnEnter(false)
            .endConferenceOnExit(true)
            .maxParticipants(10)
            .waitSound("https://example.com/hold", HttpMethod.GET)
            .callbackUrl("https://example.com/conference-events")
            .record(true)
            .recordFileFormat(AudioFormat.MP3)
            .timeLimit(Duration.ofMinutes(30))
            .hangupOnStar(true)
            .stayAlone(false))
        .build();

    Element conference = child(parse(xml), 0);
    assertThat(conference.getTextContent()).isEqualTo("Standup-4711");
    assertThat(conference.getAttribute("muted")).isEqualTo("true");
    assertThat(conference.getAttribute("beep")).isEqualTo("false");
    assertThat(conference.getAttribute("startConferenceOnEnter")).isEqualTo("false");
    assertThat(conference.getAttribute("endConferenceOnExit")).isEqualTo("true");
    assertThat(conference.getAttribute("maxParticipants")).isEqualTo("10");
    assertThat(conference.getAttribute("waitSound")).isEqualTo("https://example.com/hold");
    assertThat(conference.getAttribute("waitMethod")).isEqualTo("GET");
    assertThat(conference.getAttribute("callbackUrl")).isEqualTo("https://example.com/conference-events");
    assertThat(conference.getAttribute("record")).isEqualTo("true");
    assertThat(conference.getAttribute("recordFileFormat")).isEqualTo("mp3");
    assertThat(conference.getAttribute("timeLimit")).isEqualTo("1800");
    assertThat(conference.getAttribute("hangupOnStar")).isEqualTo("true");
    assertThat(conference.getAttribute("stayAlone")).isEqualTo("false");
  }

  @Test
  void preAnswer_withSpeakPlayAndWait() {
    String xml = VobizXml.response()
        .preAnswer(p -> p
            .speak("Calls are recorded.", s -> s.language("en-IN"))
            .waitFor(Duration.ofSeconds(1))
            .play("https://cdn.example.com/tone.mp3", pl -> pl.loop(1))
            .speak(Ssml.of(s -> s.text("Thanks")), s -> s.loop(1)))
        .speak("Welcome!")
        .build();

    assertThat(xml).isEqualTo(DECLARATION + "<Response><PreAnswer>"
        + "<Speak language=\"en-IN\">Calls are recorded.</Speak>"
        + "<Wait length=\"1\"/>"
        + "<Play loop=\"1\">https://cdn.example.com/tone.mp3</Play>"
        + "<Speak loop=\"1\">Thanks</Speak>"
        + "</PreAnswer><Speak>Welcome!</Speak></Response>");
  }

  @Test
  void dtmf_withAsync() {
    String xml = VobizXml.response().dtmf("1234").dtmf("1WW2W3#", d -> d.async(false)).build();

    assertThat(xml).isEqualTo(DECLARATION + "<Response>"
        + "<DTMF>1234</DTMF><DTMF async=\"false\">1WW2W3#</DTMF></Response>");
  }

  @Test
  void hangup_plainAndWithReason() {
    assertThat(VobizXml.response().hangup().build()).isEqualTo(DECLARATION + "<Response><Hangup/></Response>");
    assertThat(VobizXml.response().hangup(HangupReason.BUSY).build())
        .isEqualTo(DECLARATION + "<Response><Hangup reason=\"busy\"/></Response>");
    assertThat(VobizXml.response().hangup(HangupReason.REJECTED).build()).contains("reason=\"rejected\"");
  }

  @Test
  void scheduleHangup_followedByWhatRunsMeanwhile() {
    String xml = VobizXml.response()
        .scheduleHangup(Duration.ofMinutes(1))
        .speak("This call will end in one minute.", s -> s.loop(0))
        .build();

    assertThat(xml).isEqualTo(DECLARATION + "<Response><Hangup schedule=\"60\"/>"
        + "<Speak loop=\"0\">This call will end in one minute.</Speak></Response>");
  }

  @Test
  void redirect_withAndWithoutMethod() {
    assertThat(VobizXml.response().speak("One moment.").redirect("https://example.com/next?x=1&y=2").build())
        .isEqualTo(DECLARATION + "<Response><Speak>One moment.</Speak>"
            + "<Redirect>https://example.com/next?x=1&amp;y=2</Redirect></Response>");
    Element redirect = child(parse(VobizXml.response().redirect("https://example.com/next", HttpMethod.GET).build()), 0);
    assertThat(redirect.getAttribute("method")).isEqualTo("GET");
    assertThat(redirect.getTextContent()).isEqualTo("https://example.com/next");
  }

  @Test
  void ivrFlow_endToEnd_parses() {
    String xml = VobizXml.response()
        .preAnswer(p -> p.play("https://cdn.example.com/ringback.mp3"))
        .speak("Welcome to Acme.", s -> s.voice(Voice.WOMAN).language("en-IN"))
        .gather("https://example.com/ivr/menu", g -> g
            .inputType(GatherVerb.InputType.DTMF)
            .numDigits(1)
            .executionTimeout(Duration.ofSeconds(10))
            .speak("Press 1 for sales, 2 for support."))
        .dial(d -> d.timeout(Duration.ofSeconds(25)).number("+14155550100"))
        .record("https://example.com/voicemail", r -> r.maxLength(Duration.ofSeconds(90)))
        .hangup()
        .build();

    Element response = parse(xml);
    assertThat(childCount(response)).isEqualTo(6);
    assertThat(xml).doesNotContain("\n").startsWith(DECLARATION + "<Response>");
  }
}
