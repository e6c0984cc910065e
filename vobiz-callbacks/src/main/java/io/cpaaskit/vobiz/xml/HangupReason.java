package io.cpaaskit.vobiz.xml;

/**
 * Why a call is refused by {@code <Hangup reason="...">}. Only meaningful while an inbound call is unanswered: it
 * is then rejected without being billed.
 */
public enum HangupReason {
  /** The caller hears the call declined ({@code rejected}); also what Vobiz uses when Hangup comes first. */
  REJECTED("rejected"),
  /** The caller hears a busy signal ({@code busy}). */
  BUSY("busy");

  private final String wireValue;

  HangupReason(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the attribute value Vobiz expects.
   *
   * @return {@code rejected} or {@code busy}
   */
  public String wireValue() {
    return wireValue;
  }
}
