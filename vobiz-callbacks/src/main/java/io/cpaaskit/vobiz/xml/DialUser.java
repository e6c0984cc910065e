package io.cpaaskit.vobiz.xml;

import io.cpaaskit.vobiz.xml.internal.Check;
import java.util.Locale;
import java.util.Map;

/**
 * The attributes of {@code <User>}, a SIP endpoint dialled by {@code <Dial>}. The SIP URI is given to
 * {@code dial.user(sipUri, ...)} and must start with {@code sip:} or {@code sips:}. User can only be created inside
 * {@link DialVerb}.
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>Attribute</th><th>Type</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code sendDigits}</td><td>0-9, *, #, w, W</td><td>&mdash;</td><td>tones sent once the call is answered;
 *       each {@code w} waits 0.5 s</td></tr>
 *   <tr><td>{@code sendOnPreanswer}</td><td>boolean</td><td>false</td><td>send them during early media instead;
 *       only with {@code sendDigits}</td></tr>
 *   <tr><td>{@code sipHeaders}</td><td>name=value pairs</td><td>&mdash;</td><td>custom SIP headers (letters and digits
 *       only); Vobiz prefixes each name ({@code X-VH-}, or {@code X-PH-} on older pages) and echoes them on the dialled
 *       leg's callbacks</td></tr>
 * </table>
 *
 * <pre>{@code
 * VobizXml.response().dial(d -> d.callerId("+14155551234").user("sip:john1234@registrar.vobiz.ai"));
 * }</pre>
 */
public final class DialUser extends Verb {
  DialUser(String sipUri) {
    super("User");
    Check.text("User", sipUri);
    String lower = sipUri.toLowerCase(Locale.ROOT);
    Check.state(
        (lower.startsWith("sip:") || lower.startsWith("sips:")) && sipUri.indexOf('@') > 0 && !sipUri.contains(" "),
        "User must be a SIP URI such as sip:alice@registrar.vobiz.ai");
    element.text("User", sipUri);
  }

  /**
   * Sends touch tones once the call is answered ({@code sendDigits}).
   *
   * @param digits {@code 0-9}, {@code *}, {@code #}, and {@code w}/{@code W} for a 0.5 s/1 s pause
   * @return this configurator
   */
  public DialUser sendDigits(String digits) {
    set("sendDigits", Check.dtmf(what("sendDigits"), digits));
    return this;
  }

  /**
   * Sends the digits during early media instead of after the answer ({@code sendOnPreanswer}).
   *
   * @param preanswer true to send them while the called party is in early media
   * @return this configurator
   */
  public DialUser sendOnPreanswer(boolean preanswer) {
    set("sendOnPreanswer", preanswer);
    return this;
  }

  /**
   * Sends custom SIP headers to the endpoint ({@code sipHeaders}).
   *
   * @param headers names and values of ASCII letters and digits, in the order to send them
   * @return this configurator
   */
  public DialUser sipHeaders(Map<String, String> headers) {
    set("sipHeaders", Check.pairs(what("sipHeaders"), headers, 0));
    return this;
  }

  @Override
  void validate() {
    Check.state(!has("sendOnPreanswer") || has("sendDigits"), "User sendOnPreanswer needs sendDigits");
  }
}
