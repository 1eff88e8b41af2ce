package io.pteroca.emulator.client;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.state.BackupArchive;
import io.pteroca.emulator.state.FileTree;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.node.ObjectNode;

/** What Wings tells about files: an entry's stat as the file list shows it, and the entries of an archive. */
final class FileStat {

    private FileStat() {
    }

    /** Wings' stat of an entry: mode as ls shows it, the octal bits, and a mimetype from the name and bytes. */
    static ObjectNode of(String name, FileTree.Entry entry) {
        return Json.item("file_object", Json.fields("name", name, "mode", modeString(entry), "mode_bits", Integer.toOctalString(entry.mode),
                "size", entry.size(), "is_file", !entry.directory(), "is_symlink", false, "mimetype", mimetype(name, entry),
                "created_at", Json.atom(entry.created), "modified_at", Json.atom(entry.modified)));
    }

    private static String modeString(FileTree.Entry entry) {
        StringBuilder mode = new StringBuilder(entry.directory() ? "d" : "-");
        for (int shift = 6; shift >= 0; shift -= 3) {
            int bits = entry.mode >> shift;
            mode.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-').append((bits & 1) != 0 ? 'x' : '-');
        }
        return mode.toString();
    }

    private static String mimetype(String name, FileTree.Entry entry) {
        if (entry.directory()) {
            return "inode/directory";
        }
        if (entry.data.length == 0) {
            return "inode/x-empty";
        }
        if (name.endsWith(".gz")) {
            return "application/gzip";
        }
        if (name.endsWith(".zip") || name.endsWith(".jar")) {
            return "application/zip";
        }
        for (byte b : entry.data) {
            if (b == 0) {
                return "application/octet-stream";
            }
        }
        return name.endsWith(".json") ? "application/json" : "text/plain; charset=utf-8";
    }

    /** A .tar.gz or a .zip; null for anything else. */
    static Map<String, byte[]> unpacked(byte[] archive) {
        Map<String, byte[]> tar = BackupArchive.untarGz(archive);
        if (tar != null) {
            return tar;
        }
        Map<String, byte[]> zip = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(archive))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    zip.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (java.io.IOException e) {
            return null;
        }
        return zip.isEmpty() ? null : zip;
    }
}
