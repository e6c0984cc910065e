package io.cpaaskit.vobiz.xml;

import io.cpaaskit.vobiz.xml.internal.Check;
import io.cpaaskit.vobiz.xml.internal.XmlChars;
import io.cpaaskit.vobiz.xml.internal.XmlElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * SSML content for {@code <Speak>}: text mixed with pauses, emphasis, {@code say-as} and the other tags the
 * Plivo-dialect text-to-speech accepts, built with types instead of pasted as markup. Text is escaped like any other
 * text, so the content cannot break the document around it. Vobiz's SSML page is brief; the tag set follows Plivo's
 * SSML support (which Vobiz inherits) and the W3C SSML 1.1 names.
 *
 * <pre>{@code
 * Ssml code = Ssml.of(s -> s
 *     .text("Your code is ")
 *     .sayAs(Ssml.InterpretAs.DIGITS, "4096")
 *     .pause(Duration.ofMillis(500))
 *     .emphasis(Ssml.Emphasis.STRONG, "valid for ten minutes"));
 * VobizXml.response().speak(code, s -> s.language("en-IN"));
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class Ssml {
  private final List<Object> nodes;

  private Ssml(List<Object> nodes) {
    this.nodes = Collections.unmodifiableList(nodes);
  }

  /**
   * Builds SSML content.
   *
   * @param content adds text and tags, in order
   * @return the content
   * @throws IllegalArgumentException if nothing was added, or an argument is invalid (the message names the tag)
   */
  public static Ssml of(Consumer<Builder> content) {
    return new Ssml(Builder.run("SSML", content));
  }

  /** Returns the text and elements, in order; the builder copies them into each Speak. */
  List<Object> nodes() {
    return nodes;
  }

  /**
   * Returns the markup as it will appear inside {@code <Speak>}.
   *
   * @return the escaped markup
   */
  @Override
  public String toString() {
    XmlElement wrapper = new XmlElement("Speak").appendAll(nodes);
    String markup = wrapper.toString();
    return markup.substring("<Speak>".length(), markup.length() - "</Speak>".length());
  }

  /** The strength of a pause without a set length ({@code <break strength="...">}). */
  public enum Strength {
    /** No pause. */
    NONE,
    /** The shortest pause. */
    X_WEAK,
    /** A short pause. */
    WEAK,
    /** A medium pause (between sentences). */
    MEDIUM,
    /** A long pause (between paragraphs). */
    STRONG,
    /** The longest pause. */
    X_STRONG
  }

  /** How strongly words are stressed ({@code <emphasis level="...">}). */
  public enum Emphasis {
    /** Louder and slower. */
    STRONG,
    /** A little louder and slower; SSML's default. */
    MODERATE,
    /** Softer and faster. */
    REDUCED
  }

  /** How a piece of text is read ({@code <say-as interpret-as="...">}). */
  public enum InterpretAs {
    /** Letter by letter. */
    CHARACTERS,
    /** Letter by letter (SSML's other spelling). */
    SPELL_OUT,
    /** As a cardinal number ("twelve"). */
    CARDINAL,
    /** As a number. */
    NUMBER,
    /** As an ordinal number ("twelfth"). */
    ORDINAL,
    /** Digit by digit ("one two"). */
    DIGITS,
    /** As a fraction. */
    FRACTION,
    /** As a measurement with its unit. */
    UNIT,
    /** As a date; give the order of its parts with the {@code format} argument ({@code mdy}, {@code dmy}, ...). */
    DATE,
    /** As a time or duration. */
    TIME,
    /** As a postal address. */
    ADDRESS,
    /** Bleeped out. */
    EXPLETIVE,
    /** As a telephone number. */
    TELEPHONE
  }

  /** Speaking rate ({@code <prosody rate="...">}). */
  public enum Rate {
    /** Slowest. */
    X_SLOW,
    /** Slow. */
    SLOW,
    /** Normal. */
    MEDIUM,
    /** Fast. */
    FAST,
    /** Fastest. */
    X_FAST
  }

  /** Pitch ({@code <prosody pitch="...">}). */
  public enum Pitch {
    /** Lowest. */
    X_LOW,
    /** Low. */
    LOW,
    /** Normal. */
    MEDIUM,
    /** High. */
    HIGH,
    /** Highest. */
    X_HIGH
  }

  /** Loudness ({@code <prosody volume="...">}). */
  public enum Volume {
    /** Muted. */
    SILENT,
    /** Softest. */
    X_SOFT,
    /** Soft. */
    SOFT,
    /** Normal. */
    MEDIUM,
    /** Loud. */
    LOUD,
    /** Loudest. */
    X_LOUD
  }

  /** Adds text and SSML tags in order; used only inside {@link Ssml#of} and the lambdas of nesting tags. */
  public static final class Builder {
    private static final Pattern FORMAT = Pattern.compile("[a-z]{1,8}");

    private final String where;
    private final List<Object> nodes = new ArrayList<>();
    private boolean locked;

    private Builder(String where) {
      this.where = where;
    }

    static List<Object> run(String where, Consumer<Builder> content) {
      Objects.requireNonNull(content, where + " content == null");
      Builder builder = new Builder(where);
      content.accept(builder);
      builder.locked = true;
      boolean onlyBlankText = true;
      for (Object node : builder.nodes) {
        onlyBlankText &= node instanceof String && ((String) node).isBlank();
      }
      if (onlyBlankText) {
        throw new IllegalArgumentException(where + " is empty; add text or a tag");
      }
      return builder.nodes;
    }

    /**
     * Adds text, escaped.
     *
     * @param text the text (may be empty only when other content follows)
     * @return this builder
     * @throws IllegalArgumentException if the text holds a character XML 1.0 forbids
     */
    public Builder text(String text) {
      Check.present(where + " text", text);
      XmlChars.requireLegal(where + " text", text);
      return add(text);
    }

    /**
     * Adds a pause of a set length ({@code <break time="...ms"/>}).
     *
     * @param length from 1 ms to 10 s, in whole milliseconds
     * @return this builder
     */
    public Builder pause(Duration length) {
      long millis = Check.millis("break time", length, 1, 10_000);
      return add(new XmlElement("break").set("time", millis + "ms"));
    }

    /**
     * Adds a pause of a relative strength ({@code <break strength="..."/>}).
     *
     * @param strength how long a pause
     * @return this builder
     */
    public Builder pause(Strength strength) {
      return add(new XmlElement("break").set("strength", wire(Check.present("break strength", strength))));
    }

    /**
     * Stresses some text ({@code <emphasis>}).
     *
     * @param level how strongly
     * @param text the text
     * @return this builder
     */
    public Builder emphasis(Emphasis level, String text) {
      return emphasis(level, b -> b.text(Check.text("emphasis text", text)));
    }

    /**
     * Stresses nested content ({@code <emphasis>}).
     *
     * @param level how strongly
     * @param content the content
     * @return this builder
     */
    public Builder emphasis(Emphasis level, Consumer<Builder> content) {
      XmlElement element = new XmlElement("emphasis").set("level", wire(Check.present("emphasis level", level)));
      return add(element.appendAll(run("emphasis", content)));
    }

    /**
     * Tells how to read some text ({@code <say-as>}).
     *
     * @param interpretAs how to read it
     * @param text the text
     * @return this builder
     */
    public Builder sayAs(InterpretAs interpretAs, String text) {
      XmlElement element =
          new XmlElement("say-as").set("interpret-as", wire(Check.present("say-as interpret-as", interpretAs)));
      return add(element.text("say-as text", Check.text("say-as text", text)));
    }

    /**
     * Tells how to read some text, with a format ({@code <say-as format="...">}), for example the order of a date's
     * parts.
     *
     * @param interpretAs how to read it
     * @param format one to eight lower-case letters, such as {@code mdy}
     * @param text the text
     * @return this builder
     */
    public Builder sayAs(InterpretAs interpretAs, String format, String text) {
      Check.present("say-as format", format);
      if (!FORMAT.matcher(format).matches()) {
        throw new IllegalArgumentException("say-as format must be one to eight lower-case letters, such as mdy");
      }
      XmlElement element =
          new XmlElement("say-as")
              .set("interpret-as", wire(Check.present("say-as interpret-as", interpretAs)))
              .set("format", format);
      return add(element.text("say-as text", Check.text("say-as text", text)));
    }

    /**
     * Reads {@code alias} in place of {@code text} ({@code <sub alias="...">}), for abbreviations.
     *
     * @param alias what is spoken
     * @param text what is written
     * @return this builder
     */
    public Builder substitute(String alias, String text) {
      XmlElement element = new XmlElement("sub").set("alias", Check.text("sub alias", alias));
      return add(element.text("sub text", Check.text("sub text", text)));
    }

    /**
     * Adds a paragraph ({@code <p>}).
     *
     * @param content the paragraph's content
     * @return this builder
     */
    public Builder paragraph(Consumer<Builder> content) {
      return add(new XmlElement("p").appendAll(run("p", content)));
    }

    /**
     * Adds a sentence ({@code <s>}).
     *
     * @param content the sentence's content
     * @return this builder
     */
    public Builder sentence(Consumer<Builder> content) {
      return add(new XmlElement("s").appendAll(run("s", content)));
    }

    /**
     * Reads nested content in another language ({@code <lang xml:lang="...">}).
     *
     * @param language a language tag such as {@code hi-IN}
     * @param content the content
     * @return this builder
     */
    public Builder language(String language, Consumer<Builder> content) {
      XmlElement element = new XmlElement("lang").set("xml:lang", Check.language("lang xml:lang", language));
      return add(element.appendAll(run("lang", content)));
    }

    /**
     * Changes rate, pitch or volume for nested content ({@code <prosody>}).
     *
     * @param settings sets at least one of rate, pitch and volume
     * @param content the content
     * @return this builder
     */
    public Builder prosody(Consumer<Prosody> settings, Consumer<Builder> content) {
      Objects.requireNonNull(settings, "prosody settings == null");
      Prosody prosody = new Prosody();
      settings.accept(prosody);
      prosody.locked = true;
      if (prosody.element.get("rate") == null
          && prosody.element.get("pitch") == null
          && prosody.element.get("volume") == null) {
        throw new IllegalArgumentException("prosody needs at least one of rate, pitch and volume");
      }
      return add(prosody.element.appendAll(run("prosody", content)));
    }

    private Builder add(Object node) {
      if (locked) {
        throw new IllegalStateException(where + " is already built; add content inside its lambda");
      }
      nodes.add(node);
      return this;
    }
  }

  /** The settings of a {@code <prosody>} tag. */
  public static final class Prosody {
    private final XmlElement element = new XmlElement("prosody");
    private boolean locked;

    private Prosody() {}

    /**
     * Sets the speaking rate.
     *
     * @param rate a named rate
     * @return these settings
     */
    public Prosody rate(Rate rate) {
      return set("rate", wire(Check.present("prosody rate", rate)));
    }

    /**
     * Sets the speaking rate as a percentage of normal.
     *
     * @param percent from 20 to 200
     * @return these settings
     */
    public Prosody ratePercent(int percent) {
      return set("rate", Check.between("prosody rate", percent, 20, 200) + "%");
    }

    /**
     * Sets the pitch.
     *
     * @param pitch a named pitch
     * @return these settings
     */
    public Prosody pitch(Pitch pitch) {
      return set("pitch", wire(Check.present("prosody pitch", pitch)));
    }

    /**
     * Sets the loudness.
     *
     * @param volume a named volume
     * @return these settings
     */
    public Prosody volume(Volume volume) {
      return set("volume", wire(Check.present("prosody volume", volume)));
    }

    private Prosody set(String attribute, String value) {
      if (locked) {
        throw new IllegalStateException("prosody " + attribute + ": set it inside the settings lambda");
      }
      element.set(attribute, value);
      return this;
    }
  }

  private static String wire(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
