package io.pteroca.panel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.MutableClock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

class PagerCountsTest {

    private final MutableClock clock = new MutableClock();
    private final PagerCounts counts = new PagerCounts(clock);
    private final AtomicLong rows = new AtomicLong();
    private final AtomicInteger counted = new AtomicInteger();

    private long count() {
        counted.incrementAndGet();
        return rows.get();
    }

    @Test
    void aLargeTotalIsCountedOnceForAWhile() {
        rows.set(50_000);
        assertThat(counts.total("servers", this::count)).isEqualTo(50_000);
        rows.set(50_007);

        clock.advance(PagerCounts.KEPT_FOR.dividedBy(2));
        assertThat(counts.total("servers", this::count)).isEqualTo(50_000);
        assertThat(counted).hasValue(1);

        clock.advance(PagerCounts.KEPT_FOR.dividedBy(2));
        assertThat(counts.total("servers", this::count)).isEqualTo(50_007);
        assertThat(counted).hasValue(2);
    }

    @Test
    void aSmallTotalIsAlwaysCountedAfresh() {
        rows.set(PagerCounts.WORTH_KEEPING - 1);
        counts.total("orders", this::count);
        rows.set(3);

        assertThat(counts.total("orders", this::count)).isEqualTo(3);
        assertThat(counted).hasValue(2);
    }

    @Test
    void eachListKeepsItsOwnTotal() {
        rows.set(20_000);
        counts.total("servers ACTIVE", this::count);
        rows.set(30_000);

        assertThat(counts.total("servers", this::count)).isEqualTo(30_000);
        assertThat(counts.total("servers ACTIVE", this::count)).isEqualTo(20_000);
    }

    @Test
    void aPageCarriesTheTotalAndCountsOnlyWhenItCannotTell() {
        rows.set(120);
        Page<String> middle = counts.page("orders", List.of("a", "b"), PageRequest.of(1, 2), this::count);
        assertThat(middle.getTotalElements()).isEqualTo(120);
        assertThat(middle.getTotalPages()).isEqualTo(60);

        Page<String> shortFirst = counts.page("orders", List.of("a"), PageRequest.of(0, 2), this::count);
        assertThat(shortFirst.getTotalElements()).isEqualTo(1);
        assertThat(counted).hasValue(1);
    }

    @Test
    void searchesAreListsOfTheirOwnAndTotalsThatRanOutAreDropped() {
        rows.set(20_000);
        counts.total("accounts %a%", this::count);
        clock.advance(PagerCounts.KEPT_FOR);
        counts.total("accounts %b%", this::count);

        assertThat(counts.listsKept()).isEqualTo(1);
    }
}
