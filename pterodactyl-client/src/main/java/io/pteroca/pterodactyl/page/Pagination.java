package io.pteroca.pterodactyl.page;

/** {@code meta.pagination} of a paginated list. */
public record Pagination(int total, int count, int perPage, int currentPage, int totalPages) {

    public boolean hasNextPage() {
        return currentPage < totalPages;
    }
}
