package io.cpaaskit.core.paging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a paged list lazily: a page is fetched only when the caller's iteration reaches it, so breaking out of a loop
 * or {@code limit(n)} on the stream fetches no more than needed. Each {@link Iterable#iterator()} starts again from
 * the first cursor. A transport failure while iterating surfaces as {@link UncheckedIOException} (iterators cannot
 * throw checked exceptions); HTTP errors are the vendors' own unchecked exceptions.
 *
 * <pre>{@code
 * for (Call call : Paginator.iterate(null, token -> page(api.listCalls(100, token).execute()))) { … }
 * }</pre>
 */
public final class Paginator {
  private Paginator() {}

  /**
   * Returns the items of every page, fetched on demand.
   *
   * @param first the cursor of the first page (may be {@code null} when the vendor's first page has none)
   * @param fetcher fetches one page
   * @param <C> the cursor type
   * @param <T> the item type
   * @return a re-iterable view
   */
  public static <C, T> Iterable<T> iterate(C first, PageFetcher<C, T> fetcher) {
    Objects.requireNonNull(fetcher, "fetcher == null");
    return () -> new PagingIterator<>(first, fetcher);
  }

  /**
   * Returns the items of every page as a sequential stream, fetched on demand.
   *
   * @param first the cursor of the first page
   * @param fetcher fetches one page
   * @param <C> the cursor type
   * @param <T> the item type
   * @return the stream
   */
  public static <C, T> Stream<T> stream(C first, PageFetcher<C, T> fetcher) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(new PagingIterator<>(first, fetcher), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private static final class PagingIterator<C, T> implements Iterator<T> {
    private final PageFetcher<C, T> fetcher;
    private C cursor;
    private boolean exhausted;
    private boolean started;
    private Iterator<T> current = List.<T>of().iterator();

    PagingIterator(C first, PageFetcher<C, T> fetcher) {
      this.cursor = first;
      this.fetcher = fetcher;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (exhausted || (started && cursor == null)) {
          exhausted = true;
          return false;
        }
        Page<C, T> page;
        try {
          page = fetcher.fetch(cursor);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        started = true;
        current = page.items().iterator();
        // A page without items ends the walk even if the vendor sent a cursor (VoIPBIN sends one on the last page).
        if (page.items().isEmpty()) {
          exhausted = true;
          return false;
        }
        cursor = page.next();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
