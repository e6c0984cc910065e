/**
 * Lazy iteration over Vobiz's paged lists: {@link io.cpaaskit.vobiz.paging.VobizPages} has one helper per Vobiz
 * pagination style, each returning a {@link io.cpaaskit.vobiz.paging.PagedIterable} (an {@link java.lang.Iterable}
 * with {@code stream()}) that fetches a page only when iteration reaches it.
 */
package io.cpaaskit.vobiz.paging;
