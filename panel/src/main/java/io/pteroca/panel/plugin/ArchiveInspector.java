package io.pteroca.panel.plugin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip archive's central directory, where {@code java.util.zip} hides what matters here: an entry that
 * is a symbolic link (its Unix mode), and the sizes an archive bomb lies about. Entries whose names leave the
 * archive's folder ({@code ..}, absolute paths, drive letters) and links are CRITICAL findings; an archive too
 * large once unpacked, with too many entries or compressed beyond belief is refused outright.
 */
final class ArchiveInspector {

    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 20_000;
    /** Real jars compress text about 5 to 10 times; a bomb compresses thousands of times. */
    static final long MAX_RATIO = 200;

    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int UNIX_HOST = 3;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int SYMBOLIC_LINK = 0120000;

    private ArchiveInspector() {
    }

    /** An entry as the central directory describes it. */
    record Entry(String name, long compressedSize, long size, boolean link) {
    }

    /** The entries, or a refusal for an archive that is not a zip, is too large or a bomb. */
    static List<Entry> entries(Path archive) {
        try (FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ)) {
            long fileSize = channel.size();
            int tail = (int) Math.min(fileSize, 22 + 65_535);
            ByteBuffer end = read(channel, fileSize - tail, tail);
            int at = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == END_OF_CENTRAL_DIRECTORY) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw new PluginRefusedException("plugin.problem.notArchive");
            }
            int count = Short.toUnsignedInt(end.getShort(at + 10));
            long directorySize = Integer.toUnsignedLong(end.getInt(at + 12));
            long directoryOffset = Integer.toUnsignedLong(end.getInt(at + 16));
            if (count == 0xFFFF || directoryOffset == 0xFFFFFFFFL || count > MAX_ENTRIES) {
                throw new PluginRefusedException("plugin.problem.archiveTooLarge");
            }
            if (directoryOffset + directorySize > fileSize) {
                throw new PluginRefusedException("plugin.problem.notArchive");
            }
            ByteBuffer directory = read(channel, directoryOffset, (int) directorySize);
            List<Entry> entries = new ArrayList<>(count);
            long unpacked = 0;
            int position = 0;
            for (int i = 0; i < count; i++) {
                if (position + 46 > directory.limit() || directory.getInt(position) != CENTRAL_HEADER) {
                    throw new PluginRefusedException("plugin.problem.notArchive");
                }
                int madeBy = Short.toUnsignedInt(directory.getShort(position + 4)) >>> 8;
                long compressed = Integer.toUnsignedLong(directory.getInt(position + 20));
                long size = Integer.toUnsignedLong(directory.getInt(position + 24));
                int nameLength = Short.toUnsignedInt(directory.getShort(position + 28));
                int extraLength = Short.toUnsignedInt(directory.getShort(position + 30));
                int commentLength = Short.toUnsignedInt(directory.getShort(position + 32));
                long external = Integer.toUnsignedLong(directory.getInt(position + 38));
                if (position + 46 + nameLength > directory.limit()) {
                    throw new PluginRefusedException("plugin.problem.notArchive");
                }
                byte[] name = new byte[nameLength];
                directory.get(position + 46, name);
                if (compressed == 0xFFFFFFFFL || size == 0xFFFFFFFFL) {
                    throw new PluginRefusedException("plugin.problem.archiveTooLarge");
                }
                unpacked += size;
                if (unpacked > MAX_UNPACKED_BYTES || size > 1024 * 1024 && size > Math.max(compressed, 1) * MAX_RATIO) {
                    throw new PluginRefusedException("plugin.problem.archiveBomb");
                }
                int mode = (int) (external >>> 16);
                boolean link = madeBy == UNIX_HOST && (mode & FILE_TYPE_MASK) == SYMBOLIC_LINK;
                entries.add(new Entry(new String(name, StandardCharsets.UTF_8), compressed, size, link));
                position += 46 + nameLength + extraLength + commentLength;
            }
            return entries;
        } catch (IOException e) {
            throw new PluginRefusedException("plugin.problem.notArchive");
        }
    }

    /** Entries that escape the archive's folder, and links: CRITICAL findings. */
    static List<Finding> findings(List<Entry> entries) {
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : entries) {
            if (escapes(entry.name())) {
                findings.add(Finding.of(Rule.ZIP_SLIP, entry.name(), "", "archive entry leaves the archive's folder"));
            }
            if (entry.link()) {
                findings.add(Finding.of(Rule.ARCHIVE_LINK, entry.name(), "", "archive entry is a symbolic link"));
            }
        }
        return findings;
    }

    static boolean escapes(String name) {
        String normalized = name.replace('\\', '/');
        if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*") || normalized.indexOf('\0') >= 0) {
            return true;
        }
        for (String segment : normalized.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static ByteBuffer read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("truncated archive");
            }
        }
        return buffer.flip();
    }
}
