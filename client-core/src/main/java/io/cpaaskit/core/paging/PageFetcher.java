package io.cpaaskit.core.paging;

import java.io.IOException;

/**
 * Fetches one page given its cursor: typically one generated list call plus the reading of its envelope.
 *
 * @param <C> the cursor type
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<C, T> {
  /**
   * Fetches a page.
   *
   * @param cursor the page's cursor
   * @return the page
   * @throws IOException on a transport failure (HTTP errors are the vendor's unchecked exceptions)
   */
  Page<C, T> fetch(C cursor) throws IOException;
}
