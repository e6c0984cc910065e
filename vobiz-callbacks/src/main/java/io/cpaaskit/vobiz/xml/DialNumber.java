package io.cpaaskit.vobiz.xml;

import io.cpaaskit.vobiz.xml.internal.Check;

/**
 * The attributes of {@code <Number>}, a phone number dialled by {@code <Dial>}. The number itself is given to
 * {@code dial.number(number, ...)}: digits with an optional leading {@code +}. Number can only be created inside
 * {@link DialVerb}.
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>Attribute</th><th>Type</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code sendDigits}</td><td>0-9, *, #, w, W</td><td>&mdash;</td><td>tones sent once the call is answered
 *       (an extension); each {@code w} waits 0.5 s</td></tr>
 *   <tr><td>{@code sendOnPreanswer}</td><td>boolean</td><td>false</td><td>send them during early media instead;
 *       only with {@code sendDigits}</td></tr>
 * </table>
 *
 * <pre>{@code
 * VobizXml.response().dial(d -> d.number("15671234567", n -> n.sendDigits("wwww2410")));
 * }</pre>
 */
public final class DialNumber extends Verb {
  DialNumber(String number) {
    super("Number");
    element.text("Number", Check.phoneNumber("Number", number));
  }

  /**
   * Sends touch tones once the call is answered ({@code sendDigits}).
   *
   * @param digits {@code 0-9}, {@code *}, {@code #}, and {@code w}/{@code W} for a 0.5 s/1 s pause
   * @return this configurator
   */
  public DialNumber sendDigits(String digits) {
    set("sendDigits", Check.dtmf(what("sendDigits"), digits));
    return this;
  }

  /**
   * Sends the digits during early media instead of after the answer ({@code sendOnPreanswer}).
   *
   * @param preanswer true to send them while the called party is in early media
   * @return this configurator
   */
  public DialNumber sendOnPreanswer(boolean preanswer) {
    set("sendOnPreanswer", preanswer);
    return this;
  }

  @Override
  void validate() {
    Check.state(!has("sendOnPreanswer") || has("sendDigits"), "Number sendOnPreanswer needs sendDigits");
  }
}
