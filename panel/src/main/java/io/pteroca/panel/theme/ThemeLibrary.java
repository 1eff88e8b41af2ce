package io.pteroca.panel.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Finds themes: the default, the ones built into the jar ({@code themes/<name>/} on the class path) and the ones
 * installed in the themes directory ({@code PTEROCA_THEMES_DIR}, {@code ./themes} unless set). An installed theme's
 * files are compared with the disk every few seconds, so a file edited in place is used (and its asset URLs change)
 * shortly after; while template caching is off (theme development) on every look-up.
 */
@Component
class ThemeLibrary {

    private static final String BUILT_IN_LOCATION = "themes/";
    private static final int MAX_MANIFEST_BYTES = 64 * 1024;
    private static final Duration RECHECK = Duration.ofSeconds(5);

    private final Path directory;
    private final boolean cacheable;
    private final String panelVersion;
    private final Theme defaultTheme;
    private final Map<String, Theme> builtIn;
    private final Map<String, Loaded> installed = new ConcurrentHashMap<>();
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** A theme as read, the state of its files then, and when that state was last compared with the disk. */
    private record Loaded(Theme theme, String stamp, Instant checkedAt) {
    }

    ThemeLibrary(@Value("${pteroca.themes.dir:./themes}") String directory,
                 @Value("${spring.thymeleaf.cache:true}") boolean cacheable, ObjectProvider<BuildProperties> build,
                 Clock clock, ApplicationEventPublisher events) {
        this.directory = Path.of(directory).toAbsolutePath().normalize();
        this.cacheable = cacheable;
        this.clock = clock;
        this.events = events;
        BuildProperties properties = build.getIfAvailable();
        // Unknown only when run from classes without the build's info (the jar always has it); then nothing is checked.
        this.panelVersion = properties == null ? "" : properties.getVersion();
        this.defaultTheme = new Theme(Theme.DEFAULT, Theme.Kind.DEFAULT, new ThemeManifest.Reading(new ThemeManifest(Theme.DEFAULT,
                panelVersion.isEmpty() ? "-" : panelVersion, "PteroCA", "", "",
                Set.of(ThemeContext.values())), List.of()),
                new ThemeFiles.Classpath(Theme.TEMPLATES, Theme.TEMPLATES));
        this.builtIn = findBuiltIn();
    }

    Path directory() {
        return directory;
    }

    String panelVersion() {
        return panelVersion;
    }

    Theme defaultTheme() {
        return defaultTheme;
    }

    /** True for names a new theme may not take: the default's and the built-in themes'. */
    boolean reserved(String name) {
        return Theme.DEFAULT.equals(name) || builtIn.containsKey(name);
    }

    Optional<Theme> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (Theme.DEFAULT.equals(name)) {
            return Optional.of(defaultTheme);
        }
        Theme bundled = builtIn.get(name);
        if (bundled != null) {
            return Optional.of(bundled);
        }
        if (!ThemeManifest.NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path folder = directory.resolve(name);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            installed.remove(name);
            return Optional.empty();
        }
        Instant now = clock.instant();
        Loaded known = installed.get(name);
        if (cacheable && known != null && now.isBefore(known.checkedAt().plus(RECHECK))) {
            return Optional.of(known.theme());
        }
        String stamp = stamp(folder);
        if (cacheable && known != null && known.stamp().equals(stamp)) {
            installed.put(name, new Loaded(known.theme(), stamp, now));
            return Optional.of(known.theme());
        }
        Theme theme = new Theme(name, Theme.Kind.INSTALLED, readManifest(name, new ThemeFiles.Directory(folder)),
                new ThemeFiles.Directory(folder));
        installed.put(name, new Loaded(theme, stamp, now));
        if (known != null) {
            events.publishEvent(new ThemeFilesChanged(name));
        }
        return Optional.of(theme);
    }

    /** The default first, then the built-in and the installed themes by name. */
    List<Theme> all() {
        List<Theme> themes = new ArrayList<>();
        themes.add(defaultTheme);
        themes.addAll(builtIn.values());
        if (Files.isDirectory(directory)) {
            try (Stream<Path> folders = Files.list(directory)) {
                folders.map(folder -> folder.getFileName().toString()).filter(name -> !reserved(name)).sorted()
                        .forEach(name -> find(name).ifPresent(themes::add));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return themes;
    }

    /** Called after the panel changed a theme's files, so the next look-up reads them again. */
    void forget(String name) {
        installed.remove(name);
    }

    /** How many files, how large, and the latest change: enough to notice an edit, an addition or a removal. */
    private static String stamp(Path folder) {
        long files = 0;
        long bytes = 0;
        long latest = 0;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                files++;
                bytes += Files.size(path);
                latest = Math.max(latest, Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis());
            }
        } catch (IOException | UncheckedIOException e) {
            return "unreadable";
        }
        return files + "/" + bytes + "/" + latest;
    }

    static ThemeManifest.Reading readManifest(String name, ThemeFiles files) {
        Optional<Resource> file = files.file(ThemeManifest.FILE);
        if (file.isEmpty()) {
            return new ThemeManifest.Reading(null, List.of(ThemeFinding.error(ThemeManifest.FILE, 0, "theme.check.manifestMissingFile", "")));
        }
        String yaml;
        try (InputStream in = file.get().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES) {
                return new ThemeManifest.Reading(null, List.of(ThemeFinding.error(ThemeManifest.FILE, 0, "theme.check.manifestTooLarge", "")));
            }
            yaml = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ThemeManifest.Reading reading = ThemeManifest.read(yaml);
        if (reading.manifest() != null && !reading.manifest().name().equals(name)) {
            return new ThemeManifest.Reading(null, List.of(ThemeFinding.error(ThemeManifest.FILE, 0, "theme.check.manifestFolder",
                    reading.manifest().name())));
        }
        return reading;
    }

    private static Map<String, Theme> findBuiltIn() {
        Map<String, Theme> themes = new TreeMap<>();
        try {
            for (Resource manifest : new PathMatchingResourcePatternResolver().getResources("classpath*:/" + BUILT_IN_LOCATION
                    + "*/" + ThemeManifest.FILE)) {
                String url = manifest.getURL().toString();
                String folder = url.substring(0, url.length() - ThemeManifest.FILE.length() - 1);
                String name = folder.substring(folder.lastIndexOf('/') + 1);
                if (!ThemeManifest.NAME.matcher(name).matches() || Theme.DEFAULT.equals(name)) {
                    continue;
                }
                ThemeFiles files = new ThemeFiles.Classpath(BUILT_IN_LOCATION + name + "/", "");
                themes.put(name, new Theme(name, Theme.Kind.BUILT_IN, readManifest(name, files), files));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(themes);
    }
}
