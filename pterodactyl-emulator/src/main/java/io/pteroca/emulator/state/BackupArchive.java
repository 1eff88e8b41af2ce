package io.pteroca.emulator.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What Wings keeps for a completed backup: the server's files less the ignored ones, as a {@code .tar.gz}.
 * The JDK reads and writes gzip but not tar; a tar of a few text files is 512-byte headers and padded
 * contents, so the emulator writes it here rather than ship an archive library inside every demo.
 */
public final class BackupArchive {

    private static final int BLOCK = 512;
    private static final int NAME_LENGTH = 100;

    private BackupArchive() {
    }

    /**
     * The files a backup keeps, by path without the leading slash. {@code ignored} holds .gitignore-like lines as
     * Wings reads them: {@code *.log} matches a name anywhere, {@code cache/} a directory anywhere, a pattern with
     * a slash the path from the server's root; comments and negations ({@code !}) are not supported.
     */
    public static Map<String, String> kept(Map<String, String> files, List<String> ignored) {
        List<Ignore> rules = ignored.stream().map(String::trim).filter(p -> !p.isEmpty() && !p.startsWith("#") && !p.startsWith("!"))
                .map(Ignore::of).toList();
        Map<String, String> kept = new TreeMap<>();
        files.forEach((path, content) -> {
            String relative = path.startsWith("/") ? path.substring(1) : path;
            if (!relative.isEmpty() && rules.stream().noneMatch(rule -> rule.matches(relative))) {
                kept.put(relative, content);
            }
        });
        return kept;
    }

    /** A gzip-compressed POSIX (ustar) tar of the files, each modified at the given time; GNU long names past 100 bytes. */
    public static byte[] tarGz(Map<String, String> files, Instant modified) {
        Map<String, byte[]> contents = new TreeMap<>();
        files.forEach((path, text) -> contents.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return tarGzBytes(contents, modified);
    }

    /** The same for files of any bytes (the archives of the file manager's compress). */
    public static byte[] tarGzBytes(Map<String, byte[]> files, Instant modified) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                byte[] name = file.getKey().getBytes(StandardCharsets.UTF_8);
                if (name.length > NAME_LENGTH) {
                    byte[] longName = (file.getKey() + "\0").getBytes(StandardCharsets.UTF_8);
                    gzip.write(header("././@LongLink".getBytes(StandardCharsets.US_ASCII), longName.length, 'L', modified));
                    writePadded(gzip, longName);
                }
                byte[] content = file.getValue();
                gzip.write(header(name, content.length, '0', modified));
                writePadded(gzip, content);
            }
            gzip.write(new byte[2 * BLOCK]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The files of a {@code .tar.gz} by path (regular files only, GNU long names followed); null when the bytes are
     * not a gzip-compressed tar.
     */
    public static Map<String, byte[]> untarGz(byte[] archive) {
        byte[] tar;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(archive))) {
            tar = gzip.readAllBytes();
        } catch (IOException e) {
            return null;
        }
        Map<String, byte[]> files = new TreeMap<>();
        String longName = null;
        int at = 0;
        while (at + BLOCK <= tar.length && tar[at] != 0) {
            String name = field(tar, at, NAME_LENGTH);
            int size;
            try {
                size = Integer.parseInt(field(tar, at + 124, 12).trim(), 8);
            } catch (NumberFormatException e) {
                return null;
            }
            char type = (char) tar[at + 156];
            int from = at + BLOCK;
            if (from + size > tar.length) {
                return null;
            }
            byte[] content = java.util.Arrays.copyOfRange(tar, from, from + size);
            if (type == 'L') {
                longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
            } else {
                if (type == '0' || type == 0) {
                    files.put(longName != null ? longName : name, content);
                }
                longName = null;
            }
            at = from + (size + BLOCK - 1) / BLOCK * BLOCK;
        }
        return files;
    }

    private static String field(byte[] block, int offset, int length) {
        int end = offset;
        while (end < offset + length && block[end] != 0) {
            end++;
        }
        return new String(block, offset, end - offset, StandardCharsets.UTF_8);
    }

    /** Wings' checksum of an archive: "sha1:" and the hex digest. */
    public static String checksum(byte[] archive) {
        try {
            return "sha1:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(archive));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] header(byte[] name, long size, char type, Instant modified) {
        byte[] header = new byte[BLOCK];
        System.arraycopy(name, 0, header, 0, Math.min(name.length, NAME_LENGTH));
        octal(header, 100, 8, 0644);
        octal(header, 108, 8, 0);
        octal(header, 116, 8, 0);
        octal(header, 124, 12, size);
        octal(header, 136, 12, modified.getEpochSecond());
        header[156] = (byte) type;
        ascii(header, 257, "ustar\0" + "00");
        ascii(header, 265, "root");
        ascii(header, 297, "root");
        // The checksum is taken with its own field as eight spaces, then written as six octal digits, NUL, space.
        ascii(header, 148, "        ");
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        ascii(header, 148, String.format("%06o", sum) + "\0 ");
        return header;
    }

    /** Zero-padded octal digits and a NUL, filling the field. */
    private static void octal(byte[] header, int offset, int length, long value) {
        ascii(header, offset, String.format("%0" + (length - 1) + "o", value) + "\0");
    }

    private static void ascii(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }

    private static void writePadded(OutputStream out, byte[] content) throws IOException {
        out.write(content);
        int rest = content.length % BLOCK;
        if (rest != 0) {
            out.write(new byte[BLOCK - rest]);
        }
    }

    /** One ignore line: whether it names directories only, and whether it is anchored at the root. */
    private record Ignore(PathMatcher matcher, boolean directoriesOnly, boolean anchored) {

        static Ignore of(String pattern) {
            boolean directoriesOnly = pattern.endsWith("/");
            String glob = directoriesOnly ? pattern.substring(0, pattern.length() - 1) : pattern;
            boolean anchored = glob.contains("/");
            if (glob.startsWith("/")) {
                glob = glob.substring(1);
            }
            return new Ignore(FileSystems.getDefault().getPathMatcher("glob:" + glob), directoriesOnly, anchored);
        }

        /** A path is ignored when it, or one of the directories it lies in, matches. */
        boolean matches(String path) {
            List<String> parts = List.of(path.split("/"));
            List<Path> candidates = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                boolean directory = i < parts.size() - 1;
                if (directoriesOnly && !directory) {
                    continue;
                }
                candidates.add(anchored ? Path.of(String.join("/", parts.subList(0, i + 1))) : Path.of(parts.get(i)));
            }
            return candidates.stream().anyMatch(matcher::matches);
        }
    }
}
