package io.cpaaskit.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PaginatorTest {
  private final AtomicInteger fetches = new AtomicInteger();

  /** Pages of 3 over 0..9, cursor = offset; the last page still carries a cursor, then comes an empty page. */
  private Page<Integer, Integer> page(Integer offset) {
    fetches.incrementAndGet();
    List<Integer> items = new ArrayList<>();
    for (int i = offset; i < Math.min(offset + 3, 10); i++) {
      items.add(i);
    }
    return new Page<>(items, offset + 3);
  }

  @Test
  void walksEveryPageAndStopsAtTheFirstEmptyOneEvenWithACursor() {
    List<Integer> all = new ArrayList<>();
    Paginator.iterate(0, this::page).forEach(all::add);
    assertThat(all).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(fetches).hasValue(5); // 4 pages with items, then the empty one
  }

  @Test
  void stopsWhenThePageHasNoNextCursor() {
    List<Integer> all =
        Paginator.stream("a", cursor -> {
              fetches.incrementAndGet();
              return "a".equals(cursor) ? new Page<>(List.of(1, 2), "b") : Page.<String, Integer>last(List.of(3));
            })
            .collect(Collectors.toList());
    assertThat(all).containsExactly(1, 2, 3);
    assertThat(fetches).hasValue(2);
  }

  @Test
  void fetchesOnlyThePagesTheCallerConsumes() {
    assertThat(Paginator.stream(0, this::page).limit(4).collect(Collectors.toList())).containsExactly(0, 1, 2, 3);
    assertThat(fetches).hasValue(2);
    Iterable<Integer> lazy = Paginator.iterate(0, this::page);
    assertThat(fetches).hasValue(2); // nothing fetched until iteration starts
    lazy.iterator().next();
    assertThat(fetches).hasValue(3);
  }

  @Test
  void eachIterationStartsFromTheFirstPage() {
    Iterable<Integer> items = Paginator.iterate(0, this::page);
    assertThat(items.iterator().next()).isZero();
    assertThat(items.iterator().next()).isZero();
  }

  @Test
  void nullItemsFromTheVendorAreSkipped() {
    assertThat(new Page<>(java.util.Arrays.asList(1, null, 2), null).items()).containsExactly(1, 2);
  }

  @Test
  void transportFailureSurfacesAsUncheckedIoException() {
    IOException failure = new IOException("connection reset");
    assertThatThrownBy(() -> Paginator.stream(0, cursor -> {
              throw failure;
            }).count())
        .isInstanceOf(UncheckedIOException.class)
        .hasCause(failure);
  }
}
