package io.pteroca.panel.api;

import io.pteroca.panel.shared.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Cursor pagination: the cursor is opaque to clients (today the position after the last item returned) and
 * {@code limit} is 1–100, 25 when not given. A cursor that was not ours is a 400 naming the field.
 */
final class Cursor implements Pageable {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;
    private static final String VERSION = "c1:";

    private final long offset;
    private final int limit;

    private Cursor(long offset, int limit) {
        this.offset = offset;
        this.limit = limit;
    }

    static Cursor of(String cursor, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw Refusal.onField("limit", "api.limitRange", MAX_LIMIT);
        }
        if (cursor == null || cursor.isBlank()) {
            return new Cursor(0, size);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith(VERSION)) {
                throw new IllegalArgumentException(decoded);
            }
            long offset = Long.parseLong(decoded.substring(VERSION.length()));
            if (offset < 0) {
                throw new IllegalArgumentException(decoded);
            }
            return new Cursor(offset, size);
        } catch (IllegalArgumentException notOurs) {
            throw Refusal.onField("cursor", "api.cursorInvalid");
        }
    }

    private static String encode(long offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** One page of a service's page, mapped, with the cursor of the next one (null after the last). */
    <T, R> ApiList<R> list(Page<T> page, Function<T, R> mapper) {
        return new ApiList<>(page.getContent().stream().map(mapper).toList(), page.hasNext() ? encode(offset + limit) : null);
    }

    /** One page of a list the service returns whole (a customer's own servers), mapped. */
    <T, R> ApiList<R> list(List<T> all, Function<T, R> mapper) {
        List<R> items = all.stream().skip(offset).limit(limit).map(mapper).toList();
        return new ApiList<>(items, offset + limit < all.size() ? encode(offset + limit) : null);
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return Sort.unsorted();
    }

    @Override
    public Pageable next() {
        return new Cursor(offset + limit, limit);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new Cursor(Math.max(0, offset - limit), limit) : first();
    }

    @Override
    public Pageable first() {
        return new Cursor(0, limit);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new Cursor((long) pageNumber * limit, limit);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
