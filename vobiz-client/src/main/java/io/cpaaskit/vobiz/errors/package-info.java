/**
 * Vobiz's typed HTTP errors: {@link io.cpaaskit.vobiz.errors.VobizApiException}, with one nested subclass per
 * {@link io.cpaaskit.core.errors.ErrorKind} (nested, so that {@code catch (VobizApiException.NotFound e)} reads as
 * what it is and the hierarchy lives in one file), and {@link io.cpaaskit.vobiz.errors.VobizErrors}, the mapper that
 * reads every Vobiz error body shape.
 */
package io.cpaaskit.vobiz.errors;
