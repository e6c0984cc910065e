/**
 * VoIPBIN's error answers as typed, unchecked exceptions: {@link io.cpaaskit.voipbin.errors.VoipbinApiException}
 * with one nested subclass per {@link io.cpaaskit.core.errors.ErrorKind}, and
 * {@link io.cpaaskit.voipbin.errors.VoipbinErrors} to map a failed response or to run a generated call for its body.
 */
package io.cpaaskit.voipbin.errors;
