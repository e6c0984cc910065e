package io.cpaaskit.core.paging;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One page of a list: its items and the cursor of the next page.
 *
 * @param items the items, in the vendor's order
 * @param next the cursor of the next page, or {@code null} when this is the last
 * @param <C> the cursor type (an offset, a page number, a page token)
 * @param <T> the item type
 */
public record Page<C, T>(List<T> items, C next) {
  /**
   * Creates a page.
   *
   * @param items the items ({@code null} counts as none; {@code null} items are dropped)
   * @param next the next cursor, or {@code null} at the end
   */
  public Page {
    // Vendors occasionally put a null into a list; it is skipped rather than failing the whole walk.
    items = items == null ? List.of() : items.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a last page.
   *
   * @param items the items
   * @param <C> the cursor type
   * @param <T> the item type
   * @return a page without a next cursor
   */
  public static <C, T> Page<C, T> last(List<T> items) {
    return new Page<>(items, null);
  }
}
