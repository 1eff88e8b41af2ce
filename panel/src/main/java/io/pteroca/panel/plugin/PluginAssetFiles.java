package io.pteroca.panel.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The static files of a plugin jar's {@code assets/} folder, served under {@code /plugin-assets/<id>/}. */
final class PluginAssetFiles {

    static final String FOLDER = "assets";
    private static final int MAX_BYTES = 10 * 1024 * 1024;

    private PluginAssetFiles() {
    }

    static boolean present(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> !e.isDirectory() && e.getName().startsWith(FOLDER + "/"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The file's bytes, if the jar has it; names that leave the folder find nothing. */
    static Optional<byte[]> read(Path jar, String path) {
        if (path.isEmpty() || ArchiveInspector.escapes(path) || path.contains("//")) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(FOLDER + "/" + path);
            if (entry == null || entry.isDirectory()) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
