package io.pteroca.panel.theme;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UrlPathHelper;

/**
 * A theme's {@code static/} files at {@code /theme-assets/<theme>/<digest>/<path>}. With the current digest the
 * answer may be cached for a year; an old digest still gets the file, but uncached.
 */
@Controller
class ThemeAssetController {

    static final String PREFIX = "/theme-assets/";
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final ThemeLibrary library;

    ThemeAssetController(ThemeLibrary library) {
        this.library = library;
    }

    @GetMapping(PREFIX + "{theme}/{version}/**")
    ResponseEntity<Resource> asset(@PathVariable String theme, @PathVariable String version, HttpServletRequest request) {
        String requested = PATHS.getPathWithinApplication(request);
        String folder = PREFIX + theme + "/" + version + "/";
        String path = requested.startsWith(folder) ? requested.substring(folder.length()) : "";
        String extension = ThemeInspector.extension(path);
        Optional<Theme> found = library.find(theme);
        Optional<Resource> file = found.isPresent() && ThemeFiles.safe(path) && ThemeInspector.FILE_TYPES.contains(extension)
                && !extension.equals("html") ? found.get().asset(path) : Optional.empty();
        if (file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        CacheControl caching = version.equals(found.get().assetVersion())
                ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable() : CacheControl.noCache();
        return ResponseEntity.ok()
                .contentType(MediaTypeFactory.getMediaType(path).orElse(MediaType.APPLICATION_OCTET_STREAM))
                .cacheControl(caching)
                .body(file.get());
    }
}
