package io.pteroca.pterodactyl.page;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Walks every page lazily: the next page is only requested when the stream reaches it. */
public final class Pages {

    private Pages() {
    }

    public static <T> Stream<T> stream(PageFetcher<T> fetcher) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(fetcher), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    public static <T> Iterable<T> iterable(PageFetcher<T> fetcher) {
        return () -> iterator(fetcher);
    }

    private static <T> Iterator<T> iterator(PageFetcher<T> fetcher) {
        return new Iterator<>() {
            private Page<T> current = fetcher.fetch(1);
            private int index;

            @Override
            public boolean hasNext() {
                while (index >= current.items().size()) {
                    if (!current.hasNextPage()) {
                        return false;
                    }
                    current = fetcher.fetch(current.pagination().currentPage() + 1);
                    index = 0;
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.items().get(index++);
            }
        };
    }
}
