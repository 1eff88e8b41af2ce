package io.pteroca.pterodactyl.page;

/** Loads one page by its 1-based number. */
@FunctionalInterface
public interface PageFetcher<T> {

    Page<T> fetch(int pageNumber);
}
