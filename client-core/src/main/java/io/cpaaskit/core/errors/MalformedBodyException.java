package io.cpaaskit.core.errors;

import java.io.IOException;

/**
 * A successful answer whose body does not fit the operation's model: a member of the wrong type, a number out of
 * range, a string where an object belongs. Thrown by {@code execute()} (and passed to {@code onFailure}) instead of
 * Moshi's unchecked {@code JsonDataException}, so that every call ends in its body, a typed {@link ApiException}, or
 * an {@link IOException}. The message names the JSON path and the expected type, never the body's values.
 */
public final class MalformedBodyException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what did not fit, and where (no value from the body)
   */
  public MalformedBodyException(String message) {
    super(message);
  }
}
