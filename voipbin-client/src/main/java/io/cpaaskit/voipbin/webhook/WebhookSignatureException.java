package io.cpaaskit.voipbin.webhook;

/** A VoIPBIN webhook whose signature is missing, malformed or wrong; the message never holds a secret or a MAC. */
public final class WebhookSignatureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   */
  public WebhookSignatureException(String message) {
    super(message);
  }
}
