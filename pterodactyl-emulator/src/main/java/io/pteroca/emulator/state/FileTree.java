package io.pteroca.emulator.state;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One server's files as Wings keeps them on disk: directories (also empty ones) and files with their bytes, mode
 * and times, by absolute path from the server's root ("/plugins/a.jar"). Wings' refusals come as {@link WingsError}
 * with its status and words. As a {@code Map<String, String>} it shows the files' text (UTF-8) by path, which is
 * how backups, restores and the simulated game read and write them.
 */
public final class FileTree extends AbstractMap<String, String> {

    public static final String NOT_FOUND = "The requested resource was not found on the system.";
    public static final String IS_DIRECTORY = "Cannot perform that action: file is a directory.";
    public static final String NOT_DIRECTORY = "Cannot perform that action: file is not a directory.";
    public static final String EXISTS = "Cannot move or rename file, destination already exists.";

    /** A refusal of Wings: its HTTP status and its message. */
    public static final class WingsError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        public WingsError(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** A directory or a file; {@code data} is null for a directory. */
    public static final class Entry {
        public byte[] data;
        public int mode;
        public Instant created;
        public Instant modified;

        public boolean directory() {
            return data == null;
        }

        public long size() {
            return directory() ? 4096 : data.length;
        }
    }

    private final TreeMap<String, Entry> entries = new TreeMap<>();
    private final Supplier<Instant> clock;

    public FileTree(Supplier<Instant> clock) {
        this.clock = clock;
    }

    /**
     * The absolute path Wings resolves a request's path to: segments joined from the root, "." and ".." applied, and
     * a 404 for one that leaves the server's root (Wings' path resolution error).
     */
    public static String resolve(String root, String path) {
        List<String> parts = new ArrayList<>();
        String joined = (root == null ? "" : root) + "/" + (path == null ? "" : path);
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw new WingsError(404, NOT_FOUND);
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    public static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    /** The entry at the path, or null; the root is always a directory. */
    public Entry entry(String path) {
        if (path.equals("/")) {
            Entry root = new Entry();
            root.mode = 0755;
            root.created = Instant.EPOCH;
            root.modified = Instant.EPOCH;
            return root;
        }
        return entries.get(path);
    }

    /** The directory's children by name, directories first, each group by name (Wings' order). */
    public List<Map.Entry<String, Entry>> list(String directory) {
        Entry dir = entry(directory);
        if (dir == null) {
            throw new WingsError(404, NOT_FOUND);
        }
        if (!dir.directory()) {
            throw new WingsError(400, NOT_DIRECTORY);
        }
        List<Map.Entry<String, Entry>> children = new ArrayList<>();
        children(directory).forEach((path, entry) -> {
            if (parentOf(path).equals(directory)) {
                children.add(Map.entry(nameOf(path), entry));
            }
        });
        children.sort(Comparator.<Map.Entry<String, Entry>, Boolean>comparing(e -> !e.getValue().directory())
                .thenComparing(Map.Entry::getKey));
        return children;
    }

    /** Everything below the directory (not the directory itself). */
    private NavigableMap<String, Entry> children(String directory) {
        String prefix = directory.equals("/") ? "/" : directory + "/";
        // '/' + 1 is '0': every path starting with the prefix sorts below prefix-with-'0'.
        return entries.subMap(prefix, true, prefix.substring(0, prefix.length() - 1) + "0", false);
    }

    /** The file's bytes; 404 when missing, 400 for a directory. */
    public byte[] read(String path) {
        Entry entry = entry(path);
        if (entry == null) {
            throw new WingsError(404, NOT_FOUND);
        }
        if (entry.directory()) {
            throw new WingsError(400, IS_DIRECTORY);
        }
        return entry.data;
    }

    /** Writes the file, making its parent directories; keeps the mode and creation time of a file it replaces. */
    public void write(String path, byte[] data) {
        if (path.equals("/")) {
            throw new WingsError(400, IS_DIRECTORY);
        }
        Entry existing = entries.get(path);
        if (existing != null && existing.directory()) {
            throw new WingsError(400, IS_DIRECTORY);
        }
        makeDirectories(parentOf(path));
        Instant now = clock.get();
        Entry entry = existing == null ? new Entry() : existing;
        if (existing == null) {
            entry.mode = 0644;
            entry.created = now;
        }
        entry.data = data.clone();
        entry.modified = now;
        entries.put(path, entry);
    }

    /** Makes the directory and its parents; a file in the way is refused. */
    public void makeDirectories(String path) {
        if (path.equals("/")) {
            return;
        }
        makeDirectories(parentOf(path));
        Entry existing = entries.get(path);
        if (existing != null) {
            if (!existing.directory()) {
                throw new WingsError(400, NOT_DIRECTORY);
            }
            return;
        }
        Entry dir = new Entry();
        dir.mode = 0755;
        dir.created = clock.get();
        dir.modified = dir.created;
        entries.put(path, dir);
    }

    /** Moves a file or directory with everything below it; a missing source is skipped, as Wings does. */
    public void rename(String from, String to) {
        Entry source = entries.get(from);
        if (source == null || from.equals(to)) {
            return;
        }
        if (entry(to) != null) {
            throw new WingsError(400, EXISTS);
        }
        if (to.startsWith(from + "/")) {
            throw new WingsError(400, "Cannot move a directory into itself.");
        }
        makeDirectories(parentOf(to));
        TreeMap<String, Entry> moved = new TreeMap<>(children(from));
        entries.remove(from);
        moved.keySet().forEach(entries::remove);
        entries.put(to, source);
        moved.forEach((path, entry) -> entries.put(to + path.substring(from.length()), entry));
    }

    /** Wings' copy of a file beside it: "name copy.ext", then "name copy 1.ext" and on; directories are refused. */
    public String copy(String path) {
        byte[] data = read(path);
        String name = nameOf(path);
        String extension = "";
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            extension = name.substring(dot);
            name = name.substring(0, dot);
            if (name.endsWith(".tar")) {
                extension = ".tar" + extension;
                name = name.substring(0, name.length() - 4);
            }
        }
        String parent = parentOf(path);
        String prefix = parent.equals("/") ? "/" : parent + "/";
        for (int i = 0; i <= 50; i++) {
            String candidate = prefix + name + " copy" + (i == 0 ? "" : " " + i) + extension;
            if (entry(candidate) == null) {
                write(candidate, data);
                entries.get(candidate).mode = entries.get(path).mode;
                return candidate;
            }
        }
        throw new WingsError(500, "too many copies of this file exist");
    }

    /** Deletes the file or directory with everything below it; a missing one is skipped; the root is refused. */
    public void delete(String path) {
        if (path.equals("/")) {
            throw new WingsError(400, "Cannot delete the root server directory.");
        }
        children(path).clear();
        entries.remove(path);
    }

    public void chmod(String path, int mode) {
        Entry entry = entries.get(path);
        if (entry == null) {
            throw new WingsError(404, NOT_FOUND);
        }
        entry.mode = mode;
    }

    /** The files (not directories) at or below the path, by path relative to {@code base}, for an archive. */
    public Map<String, byte[]> filesBelow(String path, String base) {
        Entry entry = entry(path);
        if (entry == null) {
            throw new WingsError(404, NOT_FOUND);
        }
        String prefix = base.equals("/") ? "/" : base + "/";
        Map<String, byte[]> files = new TreeMap<>();
        if (!entry.directory()) {
            files.put(path.substring(prefix.length()), entry.data);
        }
        children(path).forEach((p, e) -> {
            if (!e.directory()) {
                files.put(p.substring(prefix.length()), e.data);
            }
        });
        return files;
    }

    // ---- the text view ----

    @Override
    public String get(Object path) {
        Entry entry = entries.get(path);
        return entry == null || entry.directory() ? null : new String(entry.data, StandardCharsets.UTF_8);
    }

    @Override
    public boolean containsKey(Object path) {
        Entry entry = entries.get(path);
        return entry != null && !entry.directory();
    }

    @Override
    public String put(String path, String text) {
        String old = get(path);
        write(path, text.getBytes(StandardCharsets.UTF_8));
        return old;
    }

    @Override
    public String remove(Object path) {
        String old = get(path);
        if (old != null) {
            entries.remove(path);
        }
        return old;
    }

    @Override
    public void clear() {
        entries.clear();
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        Set<Map.Entry<String, String>> files = new LinkedHashSet<>();
        entries.forEach((path, entry) -> {
            if (!entry.directory()) {
                files.add(Map.entry(path, new String(entry.data, StandardCharsets.UTF_8)));
            }
        });
        return files;
    }
}
