package io.pteroca.panel.shared;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * One page of a list read newest first, by keyset rather than by offset: the {@code size} items that come after the
 * last one already seen ({@code createdAt}, {@code id}; both null for the first page). The database seeks straight to
 * the position through an index, so the hundredth page costs what the first does. Services fetch {@link #fetch()}
 * rows: one more than the page, which tells whether another page follows.
 */
public record Keyset(Instant createdAt, Long id, int size) {

    public Keyset {
        if (size < 1) {
            throw new IllegalArgumentException("size " + size);
        }
    }

    public static Keyset first(int size) {
        return new Keyset(null, null, size);
    }

    public boolean isFirst() {
        return id == null;
    }

    /** Rows to read: the page and one more. */
    public int fetch() {
        return size + 1;
    }

    /** Newest first by id, for tables whose ids grow with time. */
    public static Sort byId() {
        return Sort.by(Sort.Order.desc("id"));
    }

    /** Newest first by creation time, ties broken by id. */
    public static Sort byCreation() {
        return Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
    }

    /** Rows after the last one seen, in {@link #byId()} order. */
    public <T> Specification<T> afterById() {
        return (root, query, cb) -> isFirst() ? cb.conjunction() : cb.lessThan(root.get("id"), id);
    }

    /** Rows after the last one seen, in {@link #byCreation()} order. */
    public <T> Specification<T> afterByCreation() {
        return (root, query, cb) -> {
            if (isFirst()) {
                return cb.conjunction();
            }
            if (createdAt == null) {
                throw new IllegalArgumentException("a creation-ordered keyset needs the creation time");
            }
            return cb.or(cb.lessThan(root.get("createdAt"), createdAt),
                    cb.and(cb.equal(root.get("createdAt"), createdAt), cb.lessThan(root.get("id"), id)));
        };
    }

    /** The same page of a list held in memory, ordered newest first by id: items below the last id, one more than the page. */
    public <T> List<T> of(List<T> newestFirstById, Function<T, Long> idOf) {
        return newestFirstById.stream().filter(item -> isFirst() || idOf.apply(item) < id).limit(fetch()).toList();
    }
}
