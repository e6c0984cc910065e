/**
 * Support classes of the webhook package (form decoding, timestamp parsing). Not a public API: anything here may
 * change without notice.
 */
package io.cpaaskit.vobiz.webhook.internal;
