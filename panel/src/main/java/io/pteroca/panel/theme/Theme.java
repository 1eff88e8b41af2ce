package io.pteroca.panel.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;

/**
 * A theme: the default (the templates in the panel itself), one built into the panel's jar, or one installed in the
 * themes directory. A theme's template is used only where the theme takes part in the template's context.
 */
final class Theme {

    static final String DEFAULT = "default";
    static final String TEMPLATES = "templates/";
    static final String STATIC = "static/";

    enum Kind { DEFAULT, BUILT_IN, INSTALLED }

    private final String name;
    private final Kind kind;
    private final ThemeManifest manifest;
    private final List<ThemeFinding> manifestProblems;
    private final ThemeFiles files;
    private volatile String assetVersion;

    Theme(String name, Kind kind, ThemeManifest.Reading manifest, ThemeFiles files) {
        this.name = name;
        this.kind = kind;
        this.manifest = manifest.manifest();
        this.manifestProblems = manifest.problems();
        this.files = files;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isDefault() {
        return kind == Kind.DEFAULT;
    }

    /** Only installed themes can be deleted; the default and the built-in ones ship with the panel. */
    public boolean removable() {
        return kind == Kind.INSTALLED;
    }

    /** Null when theme.yaml is missing or invalid; {@link #manifestProblems()} says why. */
    public ThemeManifest manifest() {
        return manifest;
    }

    List<ThemeFinding> manifestProblems() {
        return manifestProblems;
    }

    ThemeFiles files() {
        return files;
    }

    /** The theme's own file for a template name, when it has one and takes part in the template's context. */
    Optional<Resource> template(String template) {
        if (isDefault() || manifest == null || !manifest.takesPartIn(ThemeContext.of(template))) {
            return Optional.empty();
        }
        return files.file(templatePath(template));
    }

    /** {@code fragments/layout} is {@code templates/fragments/layout.html}; text e-mails keep their {@code .txt}. */
    static String templatePath(String template) {
        return TEMPLATES + template + (template.endsWith(".txt") ? "" : ".html");
    }

    Optional<Resource> asset(String path) {
        return files.file(STATIC + path);
    }

    /**
     * A short digest of every static file's path and content: part of each asset URL, so browsers may keep an asset
     * for a year and still fetch a changed one at once.
     */
    String assetVersion() {
        String version = assetVersion;
        if (version == null) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (String path : files.list()) {
                    if (path.startsWith(STATIC)) {
                        digest.update(path.getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = files.file(path).orElseThrow().getInputStream()) {
                            digest.update(in.readAllBytes());
                        }
                    }
                }
                version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            assetVersion = version;
        }
        return version;
    }
}
