package io.pteroca.panel.plugin;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;

/** Serves the {@code assets/} files of running plugins that declare the assets capability. */
@RestController
class PluginAssetController {

    private final ActivePlugins active;
    PluginAssetController(ActivePlugins active) {
        this.active = active;
    }

    @GetMapping("/plugin-assets/{pluginId}/**")
    ResponseEntity<byte[]> asset(@PathVariable String pluginId, HttpServletRequest request) {
        ActivePlugin plugin = active.get(pluginId).filter(p -> p.manifest().declares(io.pteroca.plugin.Capability.ASSETS))
                .orElse(null);
        if (plugin == null) {
            return ResponseEntity.notFound().build();
        }
        String prefix = request.getContextPath() + "/plugin-assets/" + pluginId + "/";
        String path = request.getRequestURI().substring(prefix.length());
        Path jar = plugin.jar();
        return PluginAssetFiles.read(jar, path)
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaTypeFactory.getMediaType(path).orElse(MediaType.APPLICATION_OCTET_STREAM))
                        .header("X-Content-Type-Options", "nosniff")
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                        .body(bytes))
                .orElse(ResponseEntity.notFound().build());
    }
}
