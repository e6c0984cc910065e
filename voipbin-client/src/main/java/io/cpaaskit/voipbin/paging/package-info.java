/**
 * Lazy iteration over VoIPBIN's paged lists ({@code page_size}/{@code page_token} with the
 * {@code {result, next_page_token}} envelope): {@link io.cpaaskit.voipbin.paging.VoipbinPages}.
 */
package io.cpaaskit.voipbin.paging;
