package io.pteroca.panel.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The files of a theme, wherever they live: a folder on disk or inside the panel's jar. */
interface ThemeFiles {

    /** Relative paths of every file ({@code templates/fragments/layout.html}), with {@code /} separators, sorted. */
    List<String> list();

    /** The file at a relative path, or empty when there is none or the path leaves the theme. */
    Optional<Resource> file(String relativePath);

    /**
     * True for a relative path of plain segments: not absolute, no {@code .} or {@code ..}, no backslash, colon or
     * control character. Every path from a template name, a URL or an archive passes here first.
     */
    static boolean safe(String relativePath) {
        if (relativePath == null || relativePath.isEmpty() || relativePath.length() > 300 || relativePath.startsWith("/")) {
            return false;
        }
        for (char c : relativePath.toCharArray()) {
            if (c < 0x20 || c == '\\' || c == ':' || c == 0x7f) {
                return false;
            }
        }
        for (String segment : relativePath.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** A theme folder under the themes directory. Links are never followed out of it. */
    record Directory(Path root) implements ThemeFiles {

        @Override
        public List<String> list() {
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                return List.of();
            }
            try (Stream<Path> paths = Files.walk(root)) {
                return paths.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                        .map(path -> root.relativize(path).toString().replace('\\', '/'))
                        .filter(ThemeFiles::safe)
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<Resource> file(String relativePath) {
            if (!safe(relativePath)) {
                return Optional.empty();
            }
            Path path = root.resolve(relativePath).normalize();
            try {
                if (!path.startsWith(root) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                        || !path.toRealPath().startsWith(root.toRealPath())) {
                    return Optional.empty();
                }
            } catch (IOException e) {
                return Optional.empty();
            }
            return Optional.of(new FileSystemResource(path));
        }
    }

    /**
     * Files inside the panel's jar: {@code base} is their folder on the class path, {@code mount} where they appear in
     * the theme (the default theme's {@code templates/} folder is the class path's {@code templates/}).
     */
    record Classpath(String base, String mount) implements ThemeFiles {

        @Override
        public List<String> list() {
            try {
                List<String> paths = new ArrayList<>();
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:/" + base + "**/*")) {
                    String url = resource.getURL().toString();
                    int at = url.lastIndexOf("/" + base);
                    if (at < 0 || url.endsWith("/") || !resource.isReadable()) {
                        continue;
                    }
                    String relative = mount + url.substring(at + base.length() + 1);
                    if (safe(relative)) {
                        paths.add(relative);
                    }
                }
                return paths.stream().distinct().sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<Resource> file(String relativePath) {
            if (!safe(relativePath) || !relativePath.startsWith(mount)) {
                return Optional.empty();
            }
            Resource resource = new ClassPathResource(base + relativePath.substring(mount.length()));
            return resource.exists() && resource.isReadable() ? Optional.of(resource) : Optional.empty();
        }
    }
}
