package io.cpaaskit.vobiz.xml;

import io.cpaaskit.vobiz.xml.internal.Check;

/**
 * The attributes of {@code <Play>}, which plays an MP3 or WAV file to the caller. The file's URL is the element's
 * text, given to {@code play(url, ...)}; it must be an absolute https (or http) URL that Vobiz can fetch.
 *
 * <table>
 *   <caption>Attributes</caption>
 *   <tr><th>Attribute</th><th>Type</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code loop}</td><td>int &ge; 0</td><td>1</td><td>how many times to play; 0 repeats until the call
 *       ends (hold music)</td></tr>
 * </table>
 *
 * <p>Play may stand in {@code <Response>}, {@code <Gather>} and {@code <PreAnswer>}. If Vobiz cannot fetch the
 * file it skips the element.
 *
 * <pre>{@code
 * VobizXml.response().play("https://cdn.example.com/hold.mp3", p -> p.loop(0));
 * }</pre>
 */
public final class PlayVerb extends Verb {
  PlayVerb() {
    super("Play");
  }

  /**
   * Sets how many times the file is played ({@code loop}).
   *
   * @param times 1 or more, or 0 to repeat until the call ends or another event moves the flow on
   * @return this configurator
   * @throws IllegalArgumentException if {@code times} is negative
   */
  public PlayVerb loop(int times) {
    set("loop", Check.atLeast(what("loop"), times, 0));
    return this;
  }
}
