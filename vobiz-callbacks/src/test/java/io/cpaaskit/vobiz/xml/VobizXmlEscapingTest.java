package io.cpaaskit.vobiz.xml;

import static io.cpaaskit.vobiz.xml.XmlAssert.child;
import static io.cpaaskit.vobiz.xml.XmlAssert.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** Hostile text and attribute values: escaped so that the parser reads back exactly what went in, or refused. */
class VobizXmlEscapingTest {
  private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" 'single' ]]> <!-- -->";

  @Test
  void hostileText_isEscaped_andReadsBackVerbatim() {
    String xml = VobizXml.response().speak(HOSTILE).conference(HOSTILE).build();

    assertThat(xml).contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;quoted&quot;")
        .contains("]]&gt;")
        .doesNotContain("<script>");
    Element response = parse(xml);
    assertThat(child(response, 0).getTextContent()).isEqualTo(HOSTILE);
    assertThat(child(response, 1).getTextContent()).isEqualTo(HOSTILE);
  }

  @Test
  void hostileAttributeValues_areEscaped_andReadBackVerbatim() {
    String hostileName = "A<b>&\"c\"'d'";
    String url = "https://example.com/x?a='1'&b=2&c=%3C3%3E";

    String xml = VobizXml.response()
        .dial(d -> d.callerName(hostileName).action(url).number("123"))
        .build();

    assertThat(xml).contains("callerName=\"A&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;\"");
    Element dial = child(parse(xml), 0);
    assertThat(dial.getAttribute("callerName")).isEqualTo(hostileName);
    assertThat(dial.getAttribute("action")).isEqualTo(url);
  }

  @Test
  void tabsNewlinesAndCarriageReturns_surviveTheParser() {
    String text = "line one\r\nline two\ttabbed\n";
    String xml = VobizXml.response()
        .speak(text)
        .conference("room", c -> c.waitSound("https://example.com/hold"))
        .dial(d -> d.callerName("tab\there\nnew\rline").number("123"))
        .build();

    assertThat(xml).contains("&#13;").contains("&#9;").contains("&#10;");
    Element response = parse(xml);
    assertThat(child(response, 0).getTextContent()).isEqualTo(text);
    assertThat(child(response, 2).getAttribute("callerName")).isEqualTo("tab\there\nnew\rline");
  }

  @Test
  void nonAsciiText_andSupplementaryCharacters_areKept() {
    String text = "\u0928\u092e\u0938\u094d\u0924\u0947 \u2014 caf\u00e9 \ud83d\udcde";

    Element speak = child(parse(VobizXml.response().speak(text).build()), 0);

    assertThat(speak.getTextContent()).isEqualTo(text);
  }

  static Stream<Arguments> illegalCharacters() {
    return Stream.of(
        Arguments.of("U+0000", "a\u0000b"),
        Arguments.of("U+0007", "bell\u0007"),
        Arguments.of("U+001B", "\u001b[31m"),
        Arguments.of("U+D800", "unpaired \ud800 high surrogate"),
        Arguments.of("U+DC00", "unpaired \udc00 low surrogate"),
        Arguments.of("U+FFFE", "\ufffe"),
        Arguments.of("U+FFFF", "x\uffff"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("illegalCharacters")
  void illegalCharacters_inText_areRefused_namingWhere(String codePoint, String value) {
    assertThatThrownBy(() -> VobizXml.response().speak(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Speak text contains " + codePoint)
        .hasMessageContaining("XML 1.0");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("illegalCharacters")
  void illegalCharacters_inAttributes_areRefused_namingTheAttribute(String codePoint, String value) {
    assertThatThrownBy(() -> VobizXml.response().dial(d -> d.callerName("ok " + value).number("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Dial callerName contains " + codePoint);
  }

  @Test
  void illegalCharacters_inOtherPlaces_nameThePlace() {
    assertThatThrownBy(() -> VobizXml.response().conference("room\u0000"))
        .hasMessageStartingWith("Conference room contains U+0000");
    assertThatThrownBy(() -> Ssml.of(s -> s.text("x\u0001")))
        .hasMessageStartingWith("SSML text contains U+0001");
    assertThatThrownBy(() -> Ssml.of(s -> s.substitute("alias\u0002", "A")))
        .hasMessageStartingWith("sub alias contains U+0002");
    assertThatThrownBy(() -> VobizXml.response().gather("https://e.example/g", g -> g.hints("ok", "bad\u0003")))
        .hasMessageStartingWith("Gather hints contains U+0003");
  }

  @Test
  void randomLegalText_alwaysReadsBackVerbatim() {
    Random random = new Random(20261129L); // fixed seed: reproducible
    for (int round = 0; round < 300; round++) {
      String text = randomLegalText(random, 1 + random.nextInt(60));
      if (text.isBlank()) {
        continue;
      }
      String xml = VobizXml.response()
          .speak(text)
          .speak(Ssml.of(s -> s.substitute(text, "x"))) // the same text as an attribute value
          .build();

      Element response = parse(xml);
      assertThat(child(response, 0).getTextContent()).as("round %d", round).isEqualTo(text);
      assertThat(child(child(response, 1), 0).getAttribute("alias")).as("round %d", round).isEqualTo(text);
    }
  }

  private static String randomLegalText(Random random, int length) {
    String specials = "<>&\"'\t\n\r ]]>-;#=%";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(5)) {
        case 0:
          text.append(specials.charAt(random.nextInt(specials.length())));
          break;
        case 1:
          text.appendCodePoint(0x20 + random.nextInt(0x5F));
          break;
        case 2:
          text.appendCodePoint(0xA0 + random.nextInt(0xD700 - 0xA0));
          break;
        case 3:
          text.appendCodePoint(0x10000 + random.nextInt(0x10000));
          break;
        default:
          text.appendCodePoint(0xE000 + random.nextInt(0x1FFD));
      }
    }
    return text.toString();
  }

  @Test
  void everyBuilderOutput_parsesWithSecureProcessing() {
    // A document using every verb, hostile text everywhere text is free-form.
    String xml = VobizXml.response()
        .preAnswer(p -> p.speak(HOSTILE).waitFor(Duration.ofSeconds(1)))
        .speak(Ssml.of(s -> s.text(HOSTILE).emphasis(Ssml.Emphasis.STRONG, HOSTILE).substitute(HOSTILE, HOSTILE)))
        .play("https://cdn.example.com/a.mp3?x='1'&y=2")
        .gather("https://example.com/g?a=1&b=2", g -> g.hints("a'b", "c\"d", "<e>").speak(HOSTILE))
        .dial(d -> d.callerName("<&>").sipHeaders(Map.of("A", "b")).number("+1").user("sip:a@b.example"))
        .record("https://example.com/r")
        .stream("wss://s.example.com/m?t='x'&u=1")
        .conference(HOSTILE)
        .dtmf("1w#")
        .scheduleHangup(Duration.ofSeconds(5))
        .waitFor(Duration.ofSeconds(5))
        .redirect("https://example.com/next?a='b'&c=d")
        .build();

    assertThat(XmlAssert.childCount(parse(xml))).isEqualTo(12);
  }

  @Test
  void consumerThatDoesNothing_isFine() {
    Consumer<SpeakVerb> nothing = s -> {};

    assertThat(VobizXml.response().speak("x", nothing).build()).endsWith("<Speak>x</Speak></Response>");
  }
}
