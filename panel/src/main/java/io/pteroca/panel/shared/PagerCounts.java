package io.pteroca.panel.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * The totals under the long lists of the admin area ("page 3 of 967"). Counting 50,000 rows costs PostgreSQL 5 to
 * 15 ms, more than reading the page itself; a total that large is kept for {@link #KEPT_FOR}, so paging through a
 * list counts it once rather than on every page. A total under {@link #WORTH_KEEPING} is cheap and always counted
 * afresh. A kept total can miss the rows added in those seconds; the rows on the page are always read afresh. A
 * filtered list is a list of its own: name it with its filter.
 */
@Component
public class PagerCounts {

    static final long WORTH_KEEPING = 10_000;
    static final Duration KEPT_FOR = Duration.ofSeconds(10);

    private record Kept(long total, Instant until) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Clock clock;

    PagerCounts(Clock clock) {
        this.clock = clock;
    }

    /** The name of a list with its filter (any value may be null), under which its total is kept. */
    public static String list(String name, Object... filter) {
        return name + java.util.Arrays.asList(filter);
    }

    /** A page of the list named {@code list}, with its total from {@code counter} or kept from a recent count. */
    public <T> Page<T> page(String list, List<T> rows, Pageable pageable, LongSupplier counter) {
        return PageableExecutionUtils.getPage(rows, pageable, () -> total(list, counter));
    }

    /** The same for the rows {@code filter} selects, in {@code order}: the page is read without a count. */
    public <T> Page<T> page(String list, JpaSpecificationExecutor<T> repository, Specification<T> filter, Sort order,
                            Pageable pageable) {
        // The order goes with the page: a fluent query's slice reads only the page's own order.
        List<T> rows = pageable.isUnpaged() ? repository.findBy(filter, query -> query.sortBy(order).all())
                : repository.findBy(filter, query -> query.slice(
                        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order))).getContent();
        return page(list, rows, pageable, () -> repository.count(filter));
    }

    long total(String list, LongSupplier counter) {
        Instant now = clock.instant();
        Kept known = kept.get(list);
        if (known != null && now.isBefore(known.until())) {
            return known.total();
        }
        long total = counter.getAsLong();
        if (total >= WORTH_KEEPING) {
            // Searches name lists without end: drop the totals that ran out, so only recent ones stay.
            kept.values().removeIf(old -> !now.isBefore(old.until()));
            kept.put(list, new Kept(total, now.plus(KEPT_FOR)));
        } else {
            kept.remove(list);
        }
        return total;
    }

    int listsKept() {
        return kept.size();
    }
}
