package io.pteroca.panel.api;

import io.pteroca.panel.shared.Keyset;
import io.pteroca.panel.shared.Refusal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset pagination for the API's lists: the cursor is opaque to clients (inside, the id and creation time of the
 * last item returned), so the next page is read from that position on through an index, as fast on page 2,000 as on
 * page 1, and an item added meanwhile neither repeats nor skips one. {@code limit} is 1–100, 25 when not given. A
 * cursor that was not ours is a 400 naming the field.
 */
final class Cursor {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;
    private static final String VERSION = "k1:";

    private final Long lastId;
    private final Instant lastCreatedAt;
    private final int limit;

    private Cursor(Long lastId, Instant lastCreatedAt, int limit) {
        this.lastId = lastId;
        this.lastCreatedAt = lastCreatedAt;
        this.limit = limit;
    }

    static Cursor of(String cursor, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw Refusal.onField("limit", "api.limitRange", MAX_LIMIT);
        }
        if (cursor == null || cursor.isBlank()) {
            return new Cursor(null, null, size);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (!decoded.startsWith(VERSION)) {
                throw new IllegalArgumentException(decoded);
            }
            String[] parts = decoded.substring(VERSION.length()).split(":", 2);
            long id = Long.parseLong(parts[0]);
            if (id < 1) {
                throw new IllegalArgumentException(decoded);
            }
            return new Cursor(id, parts.length > 1 ? Instant.parse(parts[1]) : null, size);
        } catch (IllegalArgumentException | DateTimeParseException notOurs) {
            throw invalid();
        }
    }

    /** The position for a list ordered newest first by id. */
    Keyset byId() {
        return new Keyset(null, lastId, limit);
    }

    /** The position for a list ordered newest first by creation time; a cursor of an id-ordered list is not one. */
    Keyset byCreation() {
        if (lastId != null && lastCreatedAt == null) {
            throw invalid();
        }
        return new Keyset(lastCreatedAt, lastId, limit);
    }

    /**
     * A page from the rows a service read for {@link #byId()} or {@link #byCreation()} (one more than the page when
     * another follows), mapped, with the cursor of the next page.
     */
    <T, R> ApiList<R> page(List<T> fetched, Function<T, R> mapper, Function<T, Long> idOf, Function<T, Instant> createdAtOf) {
        List<T> items = fetched.size() > limit ? fetched.subList(0, limit) : fetched;
        String next = null;
        if (fetched.size() > limit) {
            T last = items.get(items.size() - 1);
            next = encode(idOf.apply(last), createdAtOf == null ? null : createdAtOf.apply(last));
        }
        return new ApiList<>(items.stream().map(mapper).toList(), next);
    }

    /** A page of a short list the service returns whole (the catalogue), ordered here newest first by id. */
    <T, R> ApiList<R> pageOfAll(List<T> all, Function<T, R> mapper, Function<T, Long> idOf) {
        List<T> newestFirst = all.stream().sorted(Comparator.comparing(idOf).reversed()).toList();
        return page(byId().of(newestFirst, idOf), mapper, idOf, null);
    }

    private static String encode(long id, Instant createdAt) {
        String position = VERSION + id + (createdAt == null ? "" : ":" + createdAt);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static Refusal invalid() {
        return Refusal.onField("cursor", "api.cursorInvalid");
    }
}
