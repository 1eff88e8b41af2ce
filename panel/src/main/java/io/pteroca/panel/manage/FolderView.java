package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.FileEntry;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A folder as the Files tab shows it: breadcrumbs, then its entries, folders first, sorted by name, size or date
 * (either way round), hidden files (names starting with a dot) only when asked for.
 */
record FolderView(String path, List<Crumb> crumbs, List<Row> rows, String sort, boolean desc, boolean hidden, int hiddenCount) {

    static final List<String> SORTS = List.of("name", "size", "modified");
    private static final List<String> ARCHIVES = List.of(".tar.gz", ".tgz", ".tar", ".zip", ".gz", ".rar", ".7z", ".tar.bz2", ".tar.xz");

    /** One step of the breadcrumbs: the folder's name ("" for the root) and its path. */
    record Crumb(String name, String path) {
    }

    record Row(String name, String path, boolean directory, long size, String sizeText, OffsetDateTime modified, String mode,
               String modeBits, boolean archive) {
    }

    static FolderView of(ServerPath directory, List<FileEntry> entries, String sort, boolean desc, boolean hidden) {
        String by = SORTS.contains(sort) ? sort : "name";
        Comparator<FileEntry> order = switch (by) {
            case "size" -> Comparator.comparingLong(FileEntry::size);
            case "modified" -> Comparator.comparing(FileEntry::modifiedAt, Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> Comparator.comparing(e -> e.name().toLowerCase(Locale.ROOT));
        };
        if (desc) {
            order = order.reversed();
        }
        List<Row> rows = entries.stream().filter(e -> hidden || !e.name().startsWith("."))
                .sorted(Comparator.comparing((FileEntry e) -> !e.directory()).thenComparing(order))
                .map(e -> new Row(e.name(), directory.child(e.name()).relative(), e.directory(), e.size(),
                        e.directory() ? "" : sizeText(e.size()), e.modifiedAt(), e.mode(), e.modeBits(),
                        !e.directory() && ARCHIVES.stream().anyMatch(a -> e.name().toLowerCase(Locale.ROOT).endsWith(a))))
                .toList();
        int hiddenCount = (int) entries.stream().filter(e -> e.name().startsWith(".")).count();
        List<Crumb> crumbs = directory.trail().stream().map(p -> new Crumb(p.fileName(), p.relative())).toList();
        return new FolderView(directory.relative(), crumbs, rows, by, desc, hidden, hiddenCount);
    }

    static String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }
}
