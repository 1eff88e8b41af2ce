package io.pteroca.panel.theme;

import io.pteroca.panel.shared.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * What admins do with themes, on the web and on the command line: list and check them, activate one (only when its
 * checks find no error), create one from another, install one from an archive, export and delete one. New theme
 * folders are built beside the themes in a hidden staging folder and moved into place whole.
 */
@Service
class Themes {

    private final ThemeLibrary library;
    private final ThemeInspector inspector;
    private final ThemeSettings settings;
    private final ThemeFallback fallback;
    private final Map<String, Checked> reports = new ConcurrentHashMap<>();

    /** A theme as the admin sees it: what it is, whether it is active, and what its checks found. */
    record Overview(Theme theme, boolean active, ThemeReport report) {
    }

    private record Checked(Theme theme, ThemeReport report) {
    }

    Themes(ThemeLibrary library, ThemeInspector inspector, ThemeSettings settings, ThemeFallback fallback) {
        this.library = library;
        this.inspector = inspector;
        this.settings = settings;
        this.fallback = fallback;
    }

    List<Overview> overview() {
        String active = activeName();
        return library.all().stream().map(theme -> new Overview(theme, theme.name().equals(active), check(theme))).toList();
    }

    /** The active theme's name; the default's when the active one is gone. */
    String activeName() {
        String name = settings.active();
        return library.find(name).isPresent() ? name : Theme.DEFAULT;
    }

    Theme require(String name) {
        return library.find(name).orElseThrow(() -> Refusal.notFound("theme.unknown", name));
    }

    /** The default is the panel's own and is not checked. A theme's report is kept until its files change. */
    ThemeReport check(Theme theme) {
        if (theme.isDefault()) {
            return new ThemeReport(List.of());
        }
        Checked known = reports.get(theme.name());
        if (known != null && known.theme() == theme) {
            return known.report();
        }
        ThemeReport report = inspector.inspect(theme, library.panelVersion());
        reports.put(theme.name(), new Checked(theme, report));
        return report;
    }

    /** A theme that may be shown: checked, with no error. */
    Theme usable(String name) {
        Theme theme = require(name);
        ThemeReport report = check(theme);
        if (report.blocked()) {
            throw new Refusal("theme.blocked", name, report.errors());
        }
        return theme;
    }

    void activate(String name) {
        Theme theme = usable(name);
        settings.activate(theme.name());
        fallback.forget(theme.name());
    }

    /** Back to the default theme. */
    void reset() {
        settings.activate(Theme.DEFAULT);
    }

    /**
     * A new installed theme: a copy of {@code from}, or, from the default, a skeleton (theme.yaml, a stylesheet the
     * default layout loads, a README) that changes nothing until templates are added: the default is the fallback
     * of every template anyway.
     */
    Theme create(String name, String from) {
        requireFreeName(name);
        Theme source = require(from);
        return install(name, staging -> {
            if (source.isDefault()) {
                writeSkeleton(name, staging);
            } else {
                copyFiles(source, staging);
                ThemeManifest manifest = source.manifest() == null ? skeletonManifest(name) : source.manifest().renamed(name);
                Files.writeString(staging.resolve(ThemeManifest.FILE), manifest.toYaml(), StandardCharsets.UTF_8);
            }
            return staging;
        });
    }

    /** Installs an uploaded archive (already stored in a temporary file); returns the new theme's name. */
    String upload(Path archive) {
        try {
            if (Files.size(archive) > ThemeArchive.MAX_UPLOAD_BYTES) {
                throw new Refusal("theme.upload.tooLarge", ThemeArchive.MAX_UPLOAD_BYTES / (1024 * 1024));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] name = new String[1];
        install(null, staging -> {
            Path folder = ThemeArchive.unpack(archive, staging);
            ThemeManifest.Reading reading = ThemeManifest.read(Files.readString(folder.resolve(ThemeManifest.FILE)));
            if (reading.manifest() == null) {
                ThemeFinding problem = reading.problems().get(0);
                throw new Refusal("theme.upload.manifest", problem.detail().isEmpty() ? problem.messageKey() : problem.detail());
            }
            name[0] = reading.manifest().name();
            requireFreeName(name[0]);
            return folder;
        });
        return name[0];
    }

    void export(String name, OutputStream out) {
        Theme theme = require(name);
        if (theme.isDefault()) {
            ThemeArchive.write(theme, "default-copy", new ThemeManifest("default-copy", "1.0.0", "", "A copy of the default theme.",
                    skeletonManifest("default-copy").panel(), theme.manifest().contexts()).toYaml(), out);
        } else {
            ThemeArchive.write(theme, theme.name(), null, out);
        }
    }

    void delete(String name) {
        Theme theme = require(name);
        if (!theme.removable()) {
            throw new Refusal("theme.delete.builtIn", name);
        }
        if (name.equals(activeName())) {
            throw new Refusal("theme.delete.active", name);
        }
        try {
            FileSystemUtils.deleteRecursively(library.directory().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        forget(name);
    }

    private void requireFreeName(String name) {
        if (name == null || !ThemeManifest.NAME.matcher(name).matches()) {
            throw new Refusal("theme.name.invalid", String.valueOf(name));
        }
        if (library.reserved(name)) {
            throw new Refusal("theme.name.reserved", name);
        }
        if (library.find(name).isPresent() || Files.exists(library.directory().resolve(name))) {
            throw new Refusal("theme.name.taken", name);
        }
    }

    /** Files into a staging folder; {@code build} returns the folder to move into place (the staging one or inside it). */
    private Theme install(String knownName, StagingWork build) {
        Path staging = library.directory().resolve(".staging-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            Path folder = build.fill(staging);
            String name = knownName != null ? knownName
                    : ThemeManifest.read(Files.readString(folder.resolve(ThemeManifest.FILE))).manifest().name();
            Files.move(folder, library.directory().resolve(name), StandardCopyOption.ATOMIC_MOVE);
            forget(name);
            return require(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                FileSystemUtils.deleteRecursively(staging);
            } catch (IOException ignored) {
                // A leftover hidden staging folder is never read as a theme.
            }
        }
    }

    private void forget(String name) {
        library.forget(name);
        reports.remove(name);
        fallback.forget(name);
    }

    private static void copyFiles(Theme source, Path target) throws IOException {
        for (String path : source.files().list()) {
            Path destination = target.resolve(path);
            Files.createDirectories(destination.getParent());
            try (InputStream in = source.files().file(path).orElseThrow().getInputStream()) {
                Files.copy(in, destination);
            }
        }
    }

    private ThemeManifest skeletonManifest(String name) {
        String[] numbers = library.panelVersion().split("[.-]");
        String since = numbers.length >= 2 ? numbers[0] + "." + numbers[1] : "0.1";
        return new ThemeManifest(name, "1.0.0", "", "Based on the default theme.", ">=" + since,
                java.util.Set.of(ThemeContext.values()));
    }

    private void writeSkeleton(String name, Path staging) throws IOException {
        Files.writeString(staging.resolve(ThemeManifest.FILE), skeletonManifest(name).toYaml(), StandardCharsets.UTF_8);
        Files.createDirectories(staging.resolve("templates"));
        Files.createDirectories(staging.resolve("static/css"));
        Files.writeString(staging.resolve("static/css/theme.css"), """
                /* Loaded by the default layout after the panel's own styles whenever this theme is active. */
                :root, [data-bs-theme=light] {
                  /* --bs-body-font-family: Georgia, serif; */
                }
                [data-bs-theme=dark] {
                }
                """, StandardCharsets.UTF_8);
        Files.writeString(staging.resolve("README.md"), """
                # %s

                A theme for PteroCA. Put a template under `templates/` at the path it has in the panel (for example
                `templates/fragments/layout.html` or `templates/account/mail/welcome.html`) and it replaces the panel's;
                every template you leave out comes from the default theme. `static/css/theme.css` and
                `static/js/theme.js` are loaded by the default layout; other files under `static/` are served at
                `${#theme.asset('path')}`. Export the default theme in Admin → Themes for every template to start from.
                """.formatted(name), StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface StagingWork {
        Path fill(Path staging) throws IOException;
    }
}
