package io.cpaaskit.vobiz.xml;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The voice of a {@code <Speak>}. Vobiz documents two, {@link #WOMAN} (the default) and {@link #MAN}; not every
 * language has both.
 *
 * <p>{@link #named(String)} passes another engine voice through, such as {@code Polly.Aditi} in the Plivo dialect
 * Vobiz inherits. Vobiz's documentation is silent on such names, so use it only for a voice Vobiz support confirmed.
 *
 * <pre>{@code
 * response.speak("Namaste", s -> s.voice(Voice.WOMAN).language("hi-IN"));
 * }</pre>
 */
public final class Voice {
  /** The documented female voice, Vobiz's default. */
  public static final Voice WOMAN = new Voice("WOMAN");
  /** The documented male voice. */
  public static final Voice MAN = new Voice("MAN");

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");

  private final String wireValue;

  private Voice(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns a voice by the name Vobiz expects in the {@code voice} attribute.
   *
   * @param name a voice name: a letter followed by up to 63 letters, digits, dots, dashes or underscores
   * @return the voice
   * @throws IllegalArgumentException if the name is not shaped like a voice name
   */
  public static Voice named(String name) {
    Objects.requireNonNull(name, "Speak voice == null");
    if (name.equals(WOMAN.wireValue)) {
      return WOMAN;
    }
    if (name.equals(MAN.wireValue)) {
      return MAN;
    }
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Speak voice must be a letter followed by up to 63 letters, digits, '.', '-' or '_'");
    }
    return new Voice(name);
  }

  /**
   * Returns the attribute value.
   *
   * @return the voice name as written into the XML
   */
  public String wireValue() {
    return wireValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Voice && ((Voice) o).wireValue.equals(wireValue);
  }

  @Override
  public int hashCode() {
    return wireValue.hashCode();
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
