package io.pteroca.panel.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What an upload must be: a plugin jar, or a zip holding exactly one, at most 50 MB, with no entry that leaves
 * its folder or is a link and nothing that unpacks out of proportion. The jar is taken out of a zip by reading
 * its entry, never by unpacking the archive onto the disk.
 */
final class PluginUpload {

    static final long MAX_BYTES = 50L * 1024 * 1024;

    private PluginUpload() {
    }

    /** Refused because of what the scan found; carries the findings for the page and the command line. */
    static final class CriticalFindingsException extends PluginRefusedException {

        private final transient List<Finding> findings;

        CriticalFindingsException(String id, List<Finding> findings) {
            super("plugin.refused.critical", id);
            this.findings = List.copyOf(findings);
        }

        List<Finding> findings() {
            return findings;
        }
    }

    /** The plugin jar of the upload: the upload itself, or a temporary file taken out of a zip. */
    static Path unpack(Path upload, String fileName) throws IOException {
        if (Files.size(upload) > MAX_BYTES) {
            throw new PluginRefusedException("plugin.problem.tooLarge");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".jar") && !name.endsWith(".zip")) {
            throw new PluginRefusedException("plugin.problem.uploadType");
        }
        List<ArchiveInspector.Entry> entries = ArchiveInspector.entries(upload);
        List<Finding> unsafe = ArchiveInspector.findings(entries);
        if (!unsafe.isEmpty()) {
            throw new CriticalFindingsException(fileName, unsafe);
        }
        boolean isPlugin = entries.stream().anyMatch(e -> e.name().equals(ManifestReader.YAML));
        if (isPlugin) {
            if (upload.getFileName().toString().endsWith(".jar")) {
                return upload;
            }
            // PF4J reads a manifest only from a file named *.jar.
            Path jar = Files.createTempFile("pteroca-plugin-", ".jar");
            Files.copy(upload, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return jar;
        }
        List<ArchiveInspector.Entry> jars = entries.stream().filter(e -> e.name().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".jar")).toList();
        if (jars.size() != 1) {
            throw new PluginRefusedException("plugin.problem.oneJar");
        }
        Path jar = Files.createTempFile("pteroca-plugin-", ".jar");
        try (ZipFile zip = new ZipFile(upload.toFile())) {
            ZipEntry entry = zip.getEntry(jars.get(0).name());
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new PluginRefusedException("plugin.problem.tooLarge");
                }
                Files.write(jar, bytes);
            }
            List<Finding> inner = ArchiveInspector.findings(ArchiveInspector.entries(jar));
            if (!inner.isEmpty()) {
                throw new CriticalFindingsException(fileName, inner);
            }
            return jar;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(jar);
            throw e;
        }
    }
}
