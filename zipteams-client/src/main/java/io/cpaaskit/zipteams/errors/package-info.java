/**
 * Zipteams' error answers as typed, unchecked exceptions: {@link io.cpaaskit.zipteams.errors.ZipteamsApiException}
 * with one nested subclass per {@link io.cpaaskit.core.errors.ErrorKind}, and
 * {@link io.cpaaskit.zipteams.errors.ZipteamsErrors} to map a failed response or to run a generated call for its
 * body.
 */
package io.cpaaskit.zipteams.errors;
