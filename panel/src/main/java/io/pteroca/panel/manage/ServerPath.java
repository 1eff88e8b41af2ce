package io.pteroca.panel.manage;

import io.pteroca.panel.shared.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A path inside a server's files as the Files tab takes it: relative to the server's root ("plugins/a.jar", "" for
 * the root), made of plain names. Nothing the browser sends is trusted: an absolute path, "." or "..", an empty
 * segment, a backslash, NUL or another control character, a name over 255 bytes or a path over 1024 characters is
 * refused (400) before Pterodactyl is asked.
 */
final class ServerPath {

    static final int MAX_NAME_BYTES = 255;
    static final int MAX_PATH = 1024;

    private final List<String> segments;

    private ServerPath(List<String> segments) {
        this.segments = List.copyOf(segments);
    }

    static final ServerPath ROOT = new ServerPath(List.of());

    /** A folder or file path; null or "" is the root. */
    static ServerPath of(String raw) {
        if (raw == null || raw.isEmpty()) {
            return ROOT;
        }
        if (raw.length() > MAX_PATH || raw.startsWith("/") || raw.endsWith("/")) {
            throw refused();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : raw.split("/", -1)) {
            segments.add(checkedName(segment));
        }
        return new ServerPath(segments);
    }

    /** One name inside a folder (no slash). */
    static String name(String raw) {
        if (raw == null || raw.contains("/")) {
            throw refused();
        }
        return checkedName(raw);
    }

    private static String checkedName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            throw refused();
        }
        return name;
    }

    private static Refusal refused() {
        return new Refusal("files.badPath");
    }

    boolean isRoot() {
        return segments.isEmpty();
    }

    /** What the tab's links carry: "plugins/a.jar", "" for the root. */
    String relative() {
        return String.join("/", segments);
    }

    /** What Pterodactyl takes: "/plugins/a.jar", "/" for the root. */
    String absolute() {
        return "/" + relative();
    }

    String fileName() {
        return isRoot() ? "" : segments.get(segments.size() - 1);
    }

    ServerPath parent() {
        return isRoot() ? ROOT : new ServerPath(segments.subList(0, segments.size() - 1));
    }

    ServerPath child(String name) {
        List<String> longer = new ArrayList<>(segments);
        longer.add(name(name));
        return of(String.join("/", longer));
    }

    /** Each folder on the way, the root first, for breadcrumbs. */
    List<ServerPath> trail() {
        List<ServerPath> trail = new ArrayList<>();
        for (int i = 0; i <= segments.size(); i++) {
            trail.add(new ServerPath(segments.subList(0, i)));
        }
        return trail;
    }

    @Override
    public String toString() {
        return absolute();
    }
}
