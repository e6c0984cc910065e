/**
 * The VoIPBIN client: {@link io.cpaaskit.voipbin.VoipbinClient} and its {@link io.cpaaskit.voipbin.VoipbinCredentials}.
 * The API interfaces and models it serves are generated from {@code specs/voipbin.yaml} into
 * {@code io.cpaaskit.voipbin.api} and {@code io.cpaaskit.voipbin.model}.
 */
package io.cpaaskit.voipbin;
