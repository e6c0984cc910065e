/**
 * Support for {@link io.cpaaskit.voipbin.VoipbinClient}: the password login and the direct-hash boot that feed its
 * token managers. Not a public API: anything here may change without notice.
 */
package io.cpaaskit.voipbin.internal;
