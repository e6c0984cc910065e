package io.cpaaskit.core.errors;

/**
 * Turns a captured error answer into a vendor's typed exception; each vendor has one.
 *
 * @param <E> the vendor's exception base type
 */
@FunctionalInterface
public interface ErrorMapper<E extends ApiException> {
  /**
   * Maps the answer; must not fail, whatever the body holds.
   *
   * @param response the captured answer
   * @return the exception to throw
   */
  E toException(ErrorResponse response);
}
