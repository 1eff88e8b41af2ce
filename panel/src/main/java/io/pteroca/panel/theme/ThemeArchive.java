package io.pteroca.panel.theme;

import io.pteroca.panel.shared.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Theme archives in and out. An upload is refused, before anything is installed, when an entry would land outside
 * its folder (absolute paths, {@code ..}, backslashes, drive letters), is a link or another special file, is of a type
 * a theme has no use for, or when the archive unpacks to far more than it weighs (an archive bomb): sizes are counted
 * while unpacking, never taken from the archive's own headers.
 */
final class ThemeArchive {

    static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** Text compresses well, but not a hundredfold; beyond that, an entry larger than 1 MB is treated as a bomb. */
    static final long MAX_RATIO = 100;
    private static final long RATIO_FREE_BYTES = 1024 * 1024;
    private static final Set<String> SKIPPED = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");
    private static final int UNIX_TYPE_MASK = 0170000;
    private static final int UNIX_FILE = 0100000;
    private static final int UNIX_DIRECTORY = 0040000;

    private ThemeArchive() {
    }

    /** Unpacks a checked archive into the empty folder {@code target}; returns the folder that holds theme.yaml. */
    static Path unpack(Path archive, Path target) {
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > MAX_ENTRIES) {
                throw new Refusal("theme.upload.tooManyFiles", MAX_ENTRIES);
            }
            long unpacked = 0;
            for (ZipArchiveEntry entry : entries) {
                unpacked += unpack(zip, entry, target, MAX_UNPACKED_BYTES - unpacked);
            }
        } catch (IOException notAZip) {
            throw new Refusal("theme.upload.notZip");
        }
        return themeFolder(target);
    }

    private static long unpack(ZipFile zip, ZipArchiveEntry entry, Path target, long budget) throws IOException {
        String name = entry.getName();
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (path.startsWith("__MACOSX/") || path.equals("__MACOSX") || SKIPPED.contains(path.substring(path.lastIndexOf('/') + 1))) {
            return 0;
        }
        if (!ThemeFiles.safe(path)) {
            throw new Refusal("theme.upload.unsafePath", name);
        }
        int type = entry.getUnixMode() & UNIX_TYPE_MASK;
        if (entry.isUnixSymlink() || type != 0 && type != UNIX_FILE && type != UNIX_DIRECTORY) {
            throw new Refusal("theme.upload.link", name);
        }
        Path destination = target.resolve(path).normalize();
        if (!destination.startsWith(target) || destination.equals(target)) {
            throw new Refusal("theme.upload.unsafePath", name);
        }
        if (entry.isDirectory()) {
            Files.createDirectories(destination);
            return 0;
        }
        if (!ThemeInspector.FILE_TYPES.contains(ThemeInspector.extension(path)) && !path.endsWith("LICENSE")
                && !path.endsWith("README")) {
            throw new Refusal("theme.upload.fileType", name);
        }
        if (entry.getSize() > MAX_FILE_BYTES) {
            throw new Refusal("theme.upload.bomb");
        }
        Files.createDirectories(destination.getParent());
        long limit = Math.min(MAX_FILE_BYTES, budget);
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long written = 0;
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = zip.getInputStream(entry);
             OutputStream out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                written += read;
                if (written > limit || written > RATIO_FREE_BYTES && written > compressed * MAX_RATIO) {
                    throw new Refusal("theme.upload.bomb");
                }
                out.write(buffer, 0, read);
            }
        } catch (java.nio.file.FileAlreadyExistsException twice) {
            throw new Refusal("theme.upload.unsafePath", name);
        } catch (Refusal refused) {
            Files.deleteIfExists(destination);
            throw refused;
        }
        return written;
    }

    /** theme.yaml at the top, or in the archive's only folder. */
    private static Path themeFolder(Path target) {
        if (Files.isRegularFile(target.resolve(ThemeManifest.FILE), LinkOption.NOFOLLOW_LINKS)) {
            return target;
        }
        try (Stream<Path> children = Files.list(target)) {
            List<Path> all = children.toList();
            if (all.size() == 1 && Files.isDirectory(all.get(0), LinkOption.NOFOLLOW_LINKS)
                    && Files.isRegularFile(all.get(0).resolve(ThemeManifest.FILE), LinkOption.NOFOLLOW_LINKS)) {
                return all.get(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new Refusal("theme.upload.noManifest");
    }

    /** Writes the theme as a zip with one folder named after it; the default theme's own manifest is written too. */
    static void write(Theme theme, String folder, String manifest, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            if (manifest != null) {
                zip.putNextEntry(new ZipEntry(folder + "/" + ThemeManifest.FILE));
                zip.write(manifest.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            for (String path : theme.files().list()) {
                if (manifest != null && path.equals(ThemeManifest.FILE)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(folder + "/" + path));
                try (InputStream in = theme.files().file(path).orElseThrow().getInputStream()) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
