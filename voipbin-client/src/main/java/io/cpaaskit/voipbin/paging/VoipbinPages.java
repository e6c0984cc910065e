package io.cpaaskit.voipbin.paging;

import io.cpaaskit.core.paging.Page;
import io.cpaaskit.core.paging.PageFetcher;
import io.cpaaskit.core.paging.Paginator;
import io.cpaaskit.voipbin.errors.VoipbinApiException;
import io.cpaaskit.voipbin.errors.VoipbinErrors;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import retrofit2.Call;

/**
 * Walks a VoIPBIN list page by page: {@code page_size} and {@code page_token} in, {@code {result, next_page_token}}
 * out. Works with every generated list call and envelope model ({@code CallList}, {@code AgentList}, …): pass the
 * call and the envelope's two getters.
 *
 * <pre>{@code
 * CallsApi calls = voipbin.create(CallsApi.class);
 * for (CallLeg call : VoipbinPages.iterate(50, calls::listCalls, CallList::getResult, CallList::getNextPageToken)) {
 *   …
 * }
 * List<Agent> available = VoipbinPages.stream(
 *         100, (size, token) -> agents.listAgents(size, token, null, AgentStatus.AVAILABLE),
 *         AgentList::getResult, AgentList::getNextPageToken)
 *     .limit(10)
 *     .toList();
 * }</pre>
 *
 * <p><b>Lazy.</b> A page is requested only when iteration reaches it, so {@code break} or {@code limit(n)} fetches no
 * more than needed; each {@link Iterable#iterator()} starts again from the first page.
 *
 * <p><b>When it stops.</b> On a page whose {@code result} is empty or absent, as VoIPBIN's server intends: it sends a
 * {@code next_page_token} on every page, the last one included, so the token alone would ask for one more. A missing
 * or blank token, or one equal to the token just used, also stops the walk (another request could only repeat a
 * page). A page shorter than the page size does not stop it: VoIPBIN silently cuts sizes above 100, so a short page
 * may not be the last.
 *
 * <p><b>Errors.</b> An error answer throws the {@link VoipbinApiException} subclass for its status; a transport or
 * authentication failure is rethrown as {@link UncheckedIOException} (iterators cannot throw checked exceptions).
 */
public final class VoipbinPages {
  private VoipbinPages() {}

  /**
   * One generated list call for a page size and a page token: usually a method reference such as
   * {@code calls::listCalls}, or a lambda that also passes the list's filters.
   *
   * @param <L> the envelope model, e.g. {@code CallList}
   */
  @FunctionalInterface
  public interface ListCall<L> {
    /**
     * Creates the call for one page.
     *
     * @param pageSize the caller's page size, sent as {@code page_size}
     * @param pageToken the previous page's {@code next_page_token}, {@code null} for the first page
     * @return the unexecuted call
     */
    Call<L> page(Integer pageSize, String pageToken);
  }

  /**
   * Returns every item of the list, fetched page by page on demand.
   *
   * @param pageSize items per page, sent with every request (VoIPBIN allows 1 to 100 and cuts larger values to 100)
   * @param list creates the call for one page
   * @param items the envelope's {@code result} getter, e.g. {@code CallList::getResult}
   * @param nextToken the envelope's {@code next_page_token} getter, e.g. {@code CallList::getNextPageToken}
   * @param <L> the envelope model
   * @param <T> the item type
   * @return a re-iterable, lazy view
   * @throws IllegalArgumentException if {@code pageSize} is below 1
   */
  public static <L, T> Iterable<T> iterate(
      int pageSize,
      ListCall<L> list,
      Function<? super L, ? extends List<T>> items,
      Function<? super L, String> nextToken) {
    return Paginator.iterate(null, fetcher(pageSize, list, items, nextToken));
  }

  /**
   * Returns every item of the list as a sequential stream, fetched page by page on demand.
   *
   * @param pageSize items per page, sent with every request (VoIPBIN allows 1 to 100 and cuts larger values to 100)
   * @param list creates the call for one page
   * @param items the envelope's {@code result} getter
   * @param nextToken the envelope's {@code next_page_token} getter
   * @param <L> the envelope model
   * @param <T> the item type
   * @return the lazy stream
   * @throws IllegalArgumentException if {@code pageSize} is below 1
   */
  public static <L, T> Stream<T> stream(
      int pageSize,
      ListCall<L> list,
      Function<? super L, ? extends List<T>> items,
      Function<? super L, String> nextToken) {
    return Paginator.stream(null, fetcher(pageSize, list, items, nextToken));
  }

  private static <L, T> PageFetcher<String, T> fetcher(
      int pageSize,
      ListCall<L> list,
      Function<? super L, ? extends List<T>> items,
      Function<? super L, String> nextToken) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1 but was " + pageSize);
    }
    Objects.requireNonNull(list, "list == null");
    Objects.requireNonNull(items, "items == null");
    Objects.requireNonNull(nextToken, "nextToken == null");
    return token -> {
      Call<L> call = Objects.requireNonNull(list.page(pageSize, token), "list returned a null call");
      L envelope = VoipbinErrors.execute(call);
      if (envelope == null) {
        return Page.last(List.of()); // a bodiless 2xx: nothing more to read
      }
      List<T> result = items.apply(envelope);
      String next = nextToken.apply(envelope);
      if (next == null || next.isBlank() || next.equals(token)) {
        return Page.last(result);
      }
      return new Page<>(result, next);
    };
  }
}
