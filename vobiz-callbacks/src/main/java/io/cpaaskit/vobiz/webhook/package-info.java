/**
 * Receiving what Vobiz sends: {@link io.cpaaskit.vobiz.webhook.VobizSignatureVerifier} checks the signature of a
 * voice callback or KYC webhook, {@link io.cpaaskit.vobiz.webhook.VoiceCallback} reads a form-encoded voice callback,
 * and {@link io.cpaaskit.vobiz.webhook.KycEvent} a KYC webhook's JSON.
 */
package io.cpaaskit.vobiz.webhook;
