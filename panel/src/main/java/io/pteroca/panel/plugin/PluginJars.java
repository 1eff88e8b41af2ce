package io.pteroca.panel.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads the plugins folder: the readable jars by plugin id, and the jars that could not be read, with why. */
@Component
class PluginJars {

    private final PluginDirectory directory;
    /** Jars that could not even be read (no id to record them under), with why. */
    private volatile Map<String, PluginProblem> unreadable = Map.of();

    PluginJars(PluginDirectory directory) {
        this.directory = directory;
    }

    /** The jars now in the folder, by plugin id; a second jar of the same id counts as unreadable. */
    Map<String, PluginJar> read() {
        Map<String, PluginJar> found = new LinkedHashMap<>();
        Map<String, PluginProblem> problems = new LinkedHashMap<>();
        for (Path jar : directory.jars()) {
            try {
                PluginManifest manifest = ManifestReader.read(jar);
                if (found.containsKey(manifest.id())) {
                    problems.put(jar.getFileName().toString(), PluginProblem.of("plugin.problem.duplicate", manifest.id()));
                    continue;
                }
                found.put(manifest.id(), new PluginJar(manifest, jar, checksum(jar)));
            } catch (PluginRefusedException refused) {
                problems.put(jar.getFileName().toString(), refused.problem());
            }
        }
        unreadable = Map.copyOf(problems);
        return found;
    }

    /** The jars the last {@link #read()} could not read, by file name. */
    Map<String, PluginProblem> unreadable() {
        return unreadable;
    }

    PluginJar require(String id) {
        PluginJar plugin = read().get(id);
        if (plugin == null) {
            throw new PluginRefusedException("plugin.refused.unknown", id);
        }
        return plugin;
    }

    static String checksum(Path jar) {
        try (InputStream in = Files.newInputStream(jar)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new PluginRefusedException("plugin.problem.notArchive");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
