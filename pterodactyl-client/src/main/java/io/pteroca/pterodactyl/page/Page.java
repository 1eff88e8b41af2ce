package io.pteroca.pterodactyl.page;

import java.util.List;

/** One page of a list; {@code pagination} is null for the panel's unpaginated lists. */
public record Page<T>(List<T> items, Pagination pagination) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNextPage() {
        return pagination != null && pagination.hasNextPage();
    }
}
