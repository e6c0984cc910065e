/**
 * The Vobiz client: {@link io.cpaaskit.vobiz.VobizClient} hands out the generated partner and customer-voice
 * interfaces, signed with {@link io.cpaaskit.vobiz.VobizCredentials}.
 */
package io.cpaaskit.vobiz;
