package io.cpaaskit.vobiz.paging;

import io.cpaaskit.core.errors.ApiCalls;
import io.cpaaskit.core.paging.Page;
import io.cpaaskit.vobiz.errors.VobizErrors;
import io.cpaaskit.vobiz.voice.model.PageMeta;
import io.cpaaskit.vobiz.voice.model.TrunkPageMeta;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import retrofit2.Call;

/**
 * Lazy iteration over Vobiz's paged lists, one helper per pagination style. You pass your page size and a lambda that
 * makes one generated call for the paging parameters it is given; the helper runs it (error answers become the typed
 * {@link io.cpaaskit.vobiz.errors.VobizApiException}), reads the generated envelope model through the getters you
 * name, and asks for the next page only when iteration gets there.
 *
 * <table>
 *   <caption>Styles</caption>
 *   <tr><th>Helper</th><th>Request</th><th>Envelope</th><th>Last page when</th><th>Lists</th></tr>
 *   <tr><td>{@link #limitOffset}</td><td>{@code limit}, {@code offset}</td><td>{@code {api_id, meta{limit, offset,
 *       next, total_count}, objects[]}}</td><td>{@code meta.next} is null and {@code total_count} is reached</td>
 *       <td>applications, endpoints, recordings, streams</td></tr>
 *   <tr><td>{@link #trunkLimitOffset}</td><td>{@code limit}, {@code offset}</td><td>{@code {meta{limit, offset,
 *       total}, objects[]}}</td><td>{@code meta.total} is reached</td><td>trunks, SIP credentials, IP ACLs,
 *       origination URIs</td></tr>
 *   <tr><td>{@link #pagePerPage}</td><td>{@code page}, {@code per_page}</td><td>{@code {items[], page, per_page,
 *       total}}</td><td>{@code total} is reached</td><td>numbers, inventory, a customer's numbers (partner); also
 *       the transaction ledgers ({@code transactions[]}, {@code total})</td></tr>
 *   <tr><td>{@link #pagePagination}</td><td>{@code page}, {@code per_page} (at most 100)</td><td>{@code {data[],
 *       pagination{page, per_page, total, pages, has_next}}}</td><td>{@code pagination.has_next} is false</td>
 *       <td>CDR list and search, partner CDRs</td></tr>
 *   <tr><td>{@link #pageSize}</td><td>{@code page}, {@code size} (partner accounts take {@code per_page})</td>
 *       <td>{@code {accounts[] | sessions[] | sub_accounts[], total, page, size}}</td><td>{@code total} is
 *       reached</td><td>partner accounts, KYC sessions, sub-accounts</td></tr>
 * </table>
 *
 * <p>Every style also ends on a page without items. When an envelope lacks its end marker (no {@code total}, no
 * {@code has_next}), a page shorter than the page size is taken as the last. Pages are numbered from 1, offsets from
 * 0; the page size goes to the server unchanged (Vobiz may cap it; the helpers follow the items actually returned).
 *
 * <pre>{@code
 * ApplicationsApi applications = acme.create(ApplicationsApi.class);
 * for (Application app : VobizPages.limitOffset(20,
 *     (limit, offset) -> applications.listApplications(acme.authId(), limit, offset),
 *     ApplicationPage::getObjects, ApplicationPage::getMeta)) {
 *   ...
 * }
 *
 * List<PhoneNumber> first50 = VobizPages.pagePerPage(25,
 *         (page, perPage) -> numbers.listNumbers(acme.authId(), page, perPage, null, null),
 *         NumberPage::getItems, NumberPage::getTotal)
 *     .stream().limit(50).collect(Collectors.toList());        // two requests, never a third
 * }</pre>
 */
public final class VobizPages {
  // Only an HTTP-date Retry-After of a 429 is measured against it; the real clock is the right one for that.
  private static final Clock CLOCK = Clock.systemUTC();

  private VobizPages() {}

  /**
   * Makes one list call for a {@code limit}/{@code offset} window.
   *
   * @param <P> the envelope model
   */
  @FunctionalInterface
  public interface LimitOffsetCall<P> {
    /**
     * Returns the unexecuted call for one page.
     *
     * @param limit the page size, as the caller chose it
     * @param offset the index of the first item, from 0
     * @return the call
     */
    Call<P> call(int limit, int offset);
  }

  /**
   * Makes one list call for a numbered page.
   *
   * @param <P> the envelope model
   */
  @FunctionalInterface
  public interface PageCall<P> {
    /**
     * Returns the unexecuted call for one page.
     *
     * @param page the page number, from 1
     * @param pageSize the page size ({@code per_page} or {@code size}), as the caller chose it
     * @return the call
     */
    Call<P> call(int page, int pageSize);
  }

  /**
   * Style A, Plivo's: {@code limit}/{@code offset} with {@code {api_id, meta{next, total_count}, objects[]}}. The walk
   * continues while {@code meta.next} is set or {@code total_count} is not reached.
   *
   * @param limit the page size ({@code limit}), at least 1
   * @param call makes the call for a window, e.g. {@code (limit, offset) -> api.listApplications(authId, limit,
   *     offset)}
   * @param items reads the items, e.g. {@code ApplicationPage::getObjects}
   * @param meta reads the paging block, e.g. {@code ApplicationPage::getMeta}
   * @param <P> the envelope model
   * @param <T> the item type
   * @return the lazily fetched items
   */
  public static <P, T> PagedIterable<T> limitOffset(
      int limit, LimitOffsetCall<P> call, Function<P, List<T>> items, Function<P, PageMeta> meta) {
    checkSize("limit", limit);
    Objects.requireNonNull(call, "call == null");
    Objects.requireNonNull(items, "items == null");
    Objects.requireNonNull(meta, "meta == null");
    return PagedIterable.of(
        0,
        offset -> {
          P envelope = execute(call.call(limit, offset));
          List<T> found = items(envelope, items);
          int next = offset + found.size();
          PageMeta paging = envelope == null ? null : meta.apply(envelope);
          boolean more;
          if (paging != null && paging.getNext() != null && !paging.getNext().isBlank()) {
            more = true;
          } else if (paging != null && paging.getTotalCount() != null) {
            more = next < paging.getTotalCount();
          } else {
            more = found.size() >= limit;
          }
          return page(found, more ? next : null);
        });
  }

  /**
   * Style A′, the trunk family's: {@code limit}/{@code offset} with {@code {meta{limit, offset, total}, objects[]}}
   * (no {@code api_id}, {@code total} instead of {@code total_count}, no {@code next}). The walk continues while
   * {@code total} is not reached.
   *
   * @param limit the page size ({@code limit}), at least 1
   * @param call makes the call for a window, e.g. {@code (limit, offset) -> trunks.listTrunks(authId, limit, offset)}
   * @param items reads the items, e.g. {@code TrunkPage::getObjects}
   * @param meta reads the paging block, e.g. {@code TrunkPage::getMeta}
   * @param <P> the envelope model
   * @param <T> the item type
   * @return the lazily fetched items
   */
  public static <P, T> PagedIterable<T> trunkLimitOffset(
      int limit, LimitOffsetCall<P> call, Function<P, List<T>> items, Function<P, TrunkPageMeta> meta) {
    checkSize("limit", limit);
    Objects.requireNonNull(call, "call == null");
    Objects.requireNonNull(items, "items == null");
    Objects.requireNonNull(meta, "meta == null");
    return PagedIterable.of(
        0,
        offset -> {
          P envelope = execute(call.call(limit, offset));
          List<T> found = items(envelope, items);
          int next = offset + found.size();
          TrunkPageMeta paging = envelope == null ? null : meta.apply(envelope);
          boolean more = paging != null && paging.getTotal() != null ? next < paging.getTotal() : found.size() >= limit;
          return page(found, more ? next : null);
        });
  }

  /**
   * Style B: {@code page}/{@code per_page} with {@code {items[], page, per_page, total}}. The walk continues while
   * fewer than {@code total} items have arrived. The ledgers ({@code {transactions[], total, page, per_page,
   * total_pages}}) page the same way.
   *
   * @param perPage the page size ({@code per_page}), at least 1
   * @param call makes the call for a page, e.g. {@code (page, perPage) -> numbers.listNumbers(authId, page, perPage,
   *     null, null)}
   * @param items reads the items, e.g. {@code NumberPage::getItems}
   * @param total reads the total, e.g. {@code NumberPage::getTotal}
   * @param <P> the envelope model
   * @param <T> the item type
   * @return the lazily fetched items
   */
  public static <P, T> PagedIterable<T> pagePerPage(
      int perPage, PageCall<P> call, Function<P, List<T>> items, Function<P, Integer> total) {
    return byTotal("perPage", perPage, call, items, total);
  }

  /**
   * Style C, the CDR lists': {@code page}/{@code per_page} with {@code {data[], pagination{…, has_next}}}. The walk
   * continues while {@code has_next} is true. The voice and partner CDR pages have their own pagination classes,
   * hence the two getters.
   *
   * @param perPage the page size ({@code per_page}; Vobiz accepts at most 100), at least 1
   * @param call makes the call for a page, e.g. {@code (page, perPage) -> partnerCdrs.listPartnerCdrs(null, null,
   *     null, page, perPage)}
   * @param items reads the items, e.g. {@code CdrPage::getData}
   * @param pagination reads the pagination block, e.g. {@code CdrPage::getPagination}
   * @param hasNext reads its {@code has_next}, e.g. {@code CdrPagination::getHasNext}
   * @param <P> the envelope model
   * @param <G> the pagination block's model
   * @param <T> the item type
   * @return the lazily fetched items
   */
  public static <P, G, T> PagedIterable<T> pagePagination(
      int perPage, PageCall<P> call, Function<P, List<T>> items, Function<P, G> pagination,
      Function<G, Boolean> hasNext) {
    checkSize("perPage", perPage);
    Objects.requireNonNull(call, "call == null");
    Objects.requireNonNull(items, "items == null");
    Objects.requireNonNull(pagination, "pagination == null");
    Objects.requireNonNull(hasNext, "hasNext == null");
    return PagedIterable.of(
        1,
        number -> {
          P envelope = execute(call.call(number, perPage));
          List<T> found = items(envelope, items);
          G block = envelope == null ? null : pagination.apply(envelope);
          Boolean next = block == null ? null : hasNext.apply(block);
          boolean more = next != null ? next : found.size() >= perPage;
          return page(found, more ? number + 1 : null);
        });
  }

  /**
   * Style E: {@code page}/{@code size} with {@code {<list>[], total, page, size}}. The walk continues while fewer than
   * {@code total} items have arrived. Partner accounts take the size as {@code per_page} and echo it as
   * {@code size}; pass it the way the generated method names it.
   *
   * @param size the page size, at least 1
   * @param call makes the call for a page, e.g. {@code (page, size) -> kyc.listKycSessions(null, null, page, size)}
   * @param items reads the items, e.g. {@code KycSessionPage::getSessions}
   * @param total reads the total, e.g. {@code KycSessionPage::getTotal}
   * @param <P> the envelope model
   * @param <T> the item type
   * @return the lazily fetched items
   */
  public static <P, T> PagedIterable<T> pageSize(
      int size, PageCall<P> call, Function<P, List<T>> items, Function<P, Integer> total) {
    return byTotal("size", size, call, items, total);
  }

  private static <P, T> PagedIterable<T> byTotal(
      String sizeName, int pageSize, PageCall<P> call, Function<P, List<T>> items, Function<P, Integer> total) {
    checkSize(sizeName, pageSize);
    Objects.requireNonNull(call, "call == null");
    Objects.requireNonNull(items, "items == null");
    Objects.requireNonNull(total, "total == null");
    return PagedIterable.of(
        new Position(1, 0),
        position -> {
          P envelope = execute(call.call(position.page, pageSize));
          List<T> found = items(envelope, items);
          // Counting what arrived, not page * size: a server that caps the page size still ends at the right page.
          long seen = position.seen + found.size();
          Integer expected = envelope == null ? null : total.apply(envelope);
          boolean more = expected != null ? seen < expected : found.size() >= pageSize;
          return page(found, more ? new Position(position.page + 1, seen) : null);
        });
  }

  /** The next page number and how many items came before it. */
  private static final class Position {
    final int page;
    final long seen;

    Position(int page, long seen) {
      this.page = page;
      this.seen = seen;
    }
  }

  private static <P> P execute(Call<P> call) throws IOException {
    Objects.requireNonNull(call, "the page lambda returned null instead of a Call");
    return ApiCalls.execute(call, VobizErrors.MAPPER, CLOCK);
  }

  private static <P, T> List<T> items(P envelope, Function<P, List<T>> items) {
    List<T> list = envelope == null ? null : items.apply(envelope);
    return list == null ? List.of() : list;
  }

  private static <C, T> Page<C, T> page(List<T> found, C next) {
    // Page copies with List.copyOf, which refuses nulls; a null in a vendor's array is dropped, not fatal. The
    // cursor arithmetic above already counted it.
    if (found.stream().anyMatch(Objects::isNull)) { // not contains(null): List.of() throws on it
      List<T> present = new ArrayList<>(found);
      present.removeIf(Objects::isNull);
      return new Page<>(present, next);
    }
    return new Page<>(found, next);
  }

  private static void checkSize(String name, int size) {
    if (size < 1) {
      throw new IllegalArgumentException(name + " must be at least 1 but was " + size);
    }
  }
}
