/** Verifying and reading the webhooks VoIPBIN posts: {@link io.cpaaskit.voipbin.webhook.VoipbinWebhooks}. */
package io.cpaaskit.voipbin.webhook;
