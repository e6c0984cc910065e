package io.cpaaskit.vobiz.xml;

/**
 * The attributes of {@code <DTMF>}, which sends touch tones on the live call (to walk another system's phone
 * menu). The digits are given to {@code dtmf(digits, ...)}: {@code 0-9}, {@code *}, {@code #}, {@code w} (a 0.5 s
 * pause) and {@code W} (a 1 s pause); Vobiz ignores the element if anything else is in it, so the builder refuses
 * other characters.
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>Attribute</th><th>Type</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code async}</td><td>boolean</td><td>true</td><td>move on to the next element as soon as the first
 *       digit is sent; false sends every digit first</td></tr>
 * </table>
 *
 * <p>DTMF stands only in {@code <Response>} and posts nothing to any URL.
 *
 * <pre>{@code
 * VobizXml.response().dtmf("1WW2W3#", d -> d.async(false)).speak("Connected to the right department.");
 * }</pre>
 */
public final class DtmfVerb extends Verb {
  DtmfVerb() {
    super("DTMF");
  }

  /**
   * Chooses whether the flow waits for all digits to be sent ({@code async}).
   *
   * @param async true (the default) to continue after the first digit, false to send them all first
   * @return this configurator
   */
  public DtmfVerb async(boolean async) {
    set("async", async);
    return this;
  }
}
