package io.pteroca.panel.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where plugin jars live ({@code PTEROCA_PLUGINS_DIR}, default {@code ./plugins}) and where each plugin may keep
 * files of its own ({@code <data>/plugins/<id>}).
 */
@Component
class PluginDirectory {

    private final Path path;
    private final Path data;

    PluginDirectory(@Value("${pteroca.plugins.dir:./plugins}") Path path,
                    @Value("${pteroca.plugins.data-dir:./data/plugins}") Path data) {
        this.path = path.toAbsolutePath().normalize();
        this.data = data.toAbsolutePath().normalize();
    }

    Path path() {
        return path;
    }

    /** The plugin jars, in name order. */
    List<Path> jars() {
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dataOf(String pluginId) {
        Path folder = data.resolve(pluginId);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
