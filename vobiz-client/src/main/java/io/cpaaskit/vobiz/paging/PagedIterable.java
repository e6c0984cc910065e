package io.cpaaskit.vobiz.paging;

import io.cpaaskit.core.paging.PageFetcher;
import io.cpaaskit.core.paging.Paginator;
import java.util.Iterator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The items of a paged Vobiz list, fetched lazily: a page is requested only when iteration reaches it, so breaking out
 * of a loop or {@code stream().limit(n)} costs no more requests than the items consumed need. Each
 * {@link #iterator()} and {@link #stream()} starts again from the first page.
 *
 * <p>An error answer surfaces as the typed {@link io.cpaaskit.vobiz.errors.VobizApiException} from {@code hasNext()}
 * / {@code next()}; a transport failure as {@link java.io.UncheckedIOException} (iterators cannot throw checked
 * exceptions).
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final Iterable<T> items;
  private final Supplier<Stream<T>> streams;

  private PagedIterable(Iterable<T> items, Supplier<Stream<T>> streams) {
    this.items = items;
    this.streams = streams;
  }

  static <C, T> PagedIterable<T> of(C first, PageFetcher<C, T> fetcher) {
    return new PagedIterable<>(Paginator.iterate(first, fetcher), () -> Paginator.stream(first, fetcher));
  }

  /**
   * Returns an iterator over every item, starting from the first page.
   *
   * @return the iterator; it fetches its first page on the first {@code hasNext()}
   */
  @Override
  public Iterator<T> iterator() {
    return items.iterator();
  }

  /**
   * Returns a sequential stream over every item, starting from the first page.
   *
   * @return the stream; nothing is fetched until a terminal operation needs an item
   */
  public Stream<T> stream() {
    return streams.get();
  }
}
