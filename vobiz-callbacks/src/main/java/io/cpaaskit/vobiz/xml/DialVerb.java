package io.cpaaskit.vobiz.xml;

import io.cpaaskit.vobiz.xml.internal.Check;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Configures {@code <Dial>}, which calls one or more parties and bridges the first to answer with the caller. The
 * parties are nested here: {@link #number} and {@link #user} (at least one of them, several ring at once), and
 * optionally a {@link #record} that records the bridged call; nothing else may stand inside Dial, so nothing else
 * can be added.
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>Attribute</th><th>Type</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code action}</td><td>URL</td><td>&mdash;</td><td>called when Dial ends, with {@code DialStatus},
 *       {@code DialBLegUUID}, ...; its answer continues the call</td></tr>
 *   <tr><td>{@code method}</td><td>{@link HttpMethod}</td><td>POST</td><td>how {@code action} is called</td></tr>
 *   <tr><td>{@code hangupOnStar}</td><td>boolean</td><td>false</td><td>the caller may press * to drop the called
 *       party and carry on</td></tr>
 *   <tr><td>{@code timeLimit}</td><td>seconds &gt; 0</td><td>14400 (4 h)</td><td>longest bridged call; Vobiz cuts
 *       every call at 24 h</td></tr>
 *   <tr><td>{@code timeout}</td><td>seconds &gt; 0</td><td>&mdash;</td><td>how long the called party may take to
 *       answer</td></tr>
 *   <tr><td>{@code callerId}</td><td>phone number</td><td>the caller's</td><td>number shown to the called
 *       party</td></tr>
 *   <tr><td>{@code callerName}</td><td>text, &le; 50 chars</td><td>the caller's</td><td>name shown to the called
 *       party</td></tr>
 *   <tr><td>{@code confirmSound}</td><td>URL</td><td>&mdash;</td><td>XML (Play/Speak/Wait) played to the called party
 *       on answer</td></tr>
 *   <tr><td>{@code confirmKey}</td><td>one of 0-9, *, #</td><td>&mdash;</td><td>key the called party must press to
 *       accept; needs {@code confirmSound}</td></tr>
 *   <tr><td>{@code dialMusic}</td><td>URL</td><td>&mdash;</td><td>XML (Play/Speak/Wait) played to the caller while
 *       dialling</td></tr>
 *   <tr><td>{@code callbackUrl}</td><td>URL</td><td>&mdash;</td><td>receives live {@code DialAction} events</td></tr>
 *   <tr><td>{@code callbackMethod}</td><td>{@link HttpMethod}</td><td>POST</td><td>how {@code callbackUrl} is
 *       called</td></tr>
 *   <tr><td>{@code redirect}</td><td>boolean</td><td>true</td><td>whether the action URL's answer continues the
 *       call</td></tr>
 *   <tr><td>{@code digitsMatch}</td><td>key sequences</td><td>&mdash;</td><td>caller key sequences reported to
 *       {@code callbackUrl}</td></tr>
 *   <tr><td>{@code digitsMatchBLeg}</td><td>key sequences</td><td>&mdash;</td><td>the same for the called
 *       party</td></tr>
 *   <tr><td>{@code sipHeaders}</td><td>name=value pairs</td><td>&mdash;</td><td>custom SIP headers for the dialled
 *       legs</td></tr>
 * </table>
 *
 * <p>Vobiz's Dial page documents {@code action} through {@code confirmKey} and {@code dialMusic}; {@code redirect},
 * {@code digitsMatch}, {@code digitsMatchBLeg} and {@code sipHeaders} follow Plivo's Dial, which Vobiz's inherits.
 *
 * <pre>{@code
 * VobizXml.response()
 *     .speak("Connecting you to an agent.")
 *     .dial(d -> d
 *         .action("https://example.com/dial-status")
 *         .timeout(Duration.ofSeconds(30))
 *         .callerId("+919876543210")
 *         .number("+14155550100")
 *         .user("sip:agent7@registrar.vobiz.ai"))
 *     .speak("Nobody answered. Goodbye.");
 * }</pre>
 */
public final class DialVerb extends Verb {
  private static final Pattern KEY_SEQUENCE = Pattern.compile("[0-9*#]+");
  private static final int MAX_CALLER_NAME = 50;

  private int parties;

  DialVerb() {
    super("Dial");
  }

  /**
   * Calls a URL when Dial ends ({@code action}), with POST (Vobiz's default); its XML answer continues the call.
   *
   * @param url an absolute http(s) URL
   * @return this configurator
   */
  public DialVerb action(String url) {
    set("action", Check.httpUrl(what("action"), url));
    return this;
  }

  /**
   * Calls a URL when Dial ends ({@code action} and {@code method}).
   *
   * @param url an absolute http(s) URL
   * @param method how it is called
   * @return this configurator
   */
  public DialVerb action(String url, HttpMethod method) {
    set("action", Check.httpUrl(what("action"), url));
    set("method", method);
    return this;
  }

  /**
   * Lets the caller press * to drop the called party ({@code hangupOnStar}).
   *
   * @param hangupOnStar true to allow it
   * @return this configurator
   */
  public DialVerb hangupOnStar(boolean hangupOnStar) {
    set("hangupOnStar", hangupOnStar);
    return this;
  }

  /**
   * Limits the bridged call's length ({@code timeLimit}); 4 hours by default, and Vobiz ends every call after 24
   * hours whatever this says.
   *
   * @param limit at least one whole second
   * @return this configurator
   */
  public DialVerb timeLimit(Duration limit) {
    set("timeLimit", Check.seconds(what("timeLimit"), limit, 1, Integer.MAX_VALUE));
    return this;
  }

  /**
   * Limits how long the called party may take to answer ({@code timeout}).
   *
   * @param timeout at least one whole second
   * @return this configurator
   */
  public DialVerb timeout(Duration timeout) {
    set("timeout", Check.seconds(what("timeout"), timeout, 1, Integer.MAX_VALUE));
    return this;
  }

  /**
   * Sets the number the called party sees ({@code callerId}); usually one of your Vobiz numbers.
   *
   * @param number digits with an optional leading {@code +}
   * @return this configurator
   */
  public DialVerb callerId(String number) {
    set("callerId", Check.phoneNumber(what("callerId"), number));
    return this;
  }

  /**
   * Sets the name the called party sees ({@code callerName}).
   *
   * @param name at most 50 characters
   * @return this configurator
   */
  public DialVerb callerName(String name) {
    Check.text(what("callerName"), name);
    Check.state(name.length() <= MAX_CALLER_NAME, what("callerName") + " is at most 50 characters");
    set("callerName", name);
    return this;
  }

  /**
   * Plays what a URL returns (Play, Speak or Wait XML) to the called party on answer ({@code confirmSound}).
   *
   * @param url an absolute http(s) URL, fetched with POST
   * @return this configurator
   */
  public DialVerb confirmSound(String url) {
    set("confirmSound", Check.httpUrl(what("confirmSound"), url));
    return this;
  }

  /**
   * Plays what a URL returns to the called party on answer and bridges only if they press {@code key}
   * ({@code confirmSound} and {@code confirmKey}); screens out voicemail when several numbers ring at once.
   *
   * @param url an absolute http(s) URL, fetched with POST
   * @param key one of {@code 0-9}, {@code *} and {@code #}
   * @return this configurator
   */
  public DialVerb confirmSound(String url, char key) {
    confirmSound(url);
    set("confirmKey", Check.key(what("confirmKey"), key));
    return this;
  }

  /**
   * Plays what a URL returns (Play, Speak or Wait XML) to the caller while the call is being connected
   * ({@code dialMusic}).
   *
   * @param url an absolute http(s) URL, fetched with POST
   * @return this configurator
   */
  public DialVerb dialMusic(String url) {
    set("dialMusic", Check.httpUrl(what("dialMusic"), url));
    return this;
  }

  /**
   * Reports live dial events to a URL ({@code callbackUrl}), with POST (Vobiz's default).
   *
   * @param url an absolute http(s) URL
   * @return this configurator
   */
  public DialVerb callbackUrl(String url) {
    set("callbackUrl", Check.httpUrl(what("callbackUrl"), url));
    return this;
  }

  /**
   * Reports live dial events to a URL ({@code callbackUrl} and {@code callbackMethod}).
   *
   * @param url an absolute http(s) URL
   * @param method how it is called
   * @return this configurator
   */
  public DialVerb callbackUrl(String url, HttpMethod method) {
    set("callbackUrl", Check.httpUrl(what("callbackUrl"), url));
    set("callbackMethod", method);
    return this;
  }

  /**
   * Chooses whether the action URL's answer continues the call ({@code redirect}).
   *
   * @param redirect false to only notify the action URL and carry on with the next element
   * @return this configurator
   */
  public DialVerb redirect(boolean redirect) {
    set("redirect", redirect);
    return this;
  }

  /**
   * Reports these key sequences pressed by the caller to the callback URL ({@code digitsMatch}).
   *
   * @param sequences one or more sequences of {@code 0-9}, {@code *} and {@code #}
   * @return this configurator
   */
  public DialVerb digitsMatch(String... sequences) {
    set("digitsMatch", keySequences(what("digitsMatch"), sequences));
    return this;
  }

  /**
   * Reports these key sequences pressed by the called party to the callback URL ({@code digitsMatchBLeg}).
   *
   * @param sequences one or more sequences of {@code 0-9}, {@code *} and {@code #}
   * @return this configurator
   */
  public DialVerb digitsMatchBLeg(String... sequences) {
    set("digitsMatchBLeg", keySequences(what("digitsMatchBLeg"), sequences));
    return this;
  }

  /**
   * Sends custom SIP headers on the dialled legs ({@code sipHeaders}).
   *
   * @param headers names and values of ASCII letters and digits, in the order to send them
   * @return this configurator
   */
  public DialVerb sipHeaders(Map<String, String> headers) {
    set("sipHeaders", Check.pairs(what("sipHeaders"), headers, 0));
    return this;
  }

  /**
   * Dials a phone number.
   *
   * @param number digits with an optional leading {@code +}
   * @return this configurator
   */
  public DialVerb number(String number) {
    return number(number, Prompts.none());
  }

  /**
   * Dials a phone number with attributes.
   *
   * @param number digits with an optional leading {@code +}
   * @param options sets the Number attributes
   * @return this configurator
   */
  public DialVerb number(String number, Consumer<? super DialNumber> options) {
    requireOpen("Number");
    append(Verb.configure(new DialNumber(number), options));
    parties++;
    return this;
  }

  /**
   * Dials a SIP endpoint.
   *
   * @param sipUri a SIP URI such as {@code sip:alice@registrar.vobiz.ai}
   * @return this configurator
   */
  public DialVerb user(String sipUri) {
    return user(sipUri, Prompts.none());
  }

  /**
   * Dials a SIP endpoint with attributes.
   *
   * @param sipUri a SIP URI such as {@code sip:alice@registrar.vobiz.ai}
   * @param options sets the User attributes
   * @return this configurator
   */
  public DialVerb user(String sipUri, Consumer<? super DialUser> options) {
    requireOpen("User");
    append(Verb.configure(new DialUser(sipUri), options));
    parties++;
    return this;
  }

  /**
   * Records the bridged call. Vobiz's Dial page pairs a nested Record with {@code startOnDialAnswer(true)}, so
   * that recording starts when the called party answers; set it in {@code options}.
   *
   * @param actionUrl an absolute http(s) URL that receives the recording parameters
   * @param options sets the Record attributes
   * @return this configurator
   */
  public DialVerb record(String actionUrl, Consumer<? super RecordVerb> options) {
    requireOpen("Record");
    append(Verb.configure(new RecordVerb(actionUrl), options));
    return this;
  }

  @Override
  void validate() {
    Check.state(parties > 0, "Dial needs at least one number(...) or user(...) to call");
  }

  private static String keySequences(String what, String... sequences) {
    Check.present(what, sequences);
    Check.state(sequences.length > 0, what + " needs at least one key sequence");
    StringBuilder joined = new StringBuilder();
    for (String sequence : sequences) {
      Check.present(what, sequence);
      Check.state(KEY_SEQUENCE.matcher(sequence).matches(), what + " sequences may hold only 0-9, * and #");
      if (joined.length() > 0) {
        joined.append(',');
      }
      joined.append(sequence);
    }
    return joined.toString();
  }
}
