package io.cpaaskit.core.paging;

import java.util.List;
import java.util.Objects;

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
   * @param items the items ({@code null} counts as none)
   * @param next the next cursor, or {@code null} at the end
   */
  public Page {
    items = items == null ? List.of() : List.copyOf(Objects.requireNonNull(items));
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
