package io.pteroca.panel.plugin;

import io.pteroca.plugin.HttpCall;
import io.pteroca.plugin.HttpReply;
import io.pteroca.plugin.PluginAccessDeniedException;
import io.pteroca.plugin.PluginHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * HTTP for plugins, to the hosts their {@code plugin.yaml} declares plus any an admin added for them. Redirects
 * are handed back, never followed, so an allowed host cannot send the call elsewhere; answers are capped.
 */
@Component
class GuardedHttp {

    private static final int MAX_BODY_BYTES = 5 * 1024 * 1024;
    private static final Duration MAX_TIMEOUT = Duration.ofSeconds(60);
    private static final Set<String> RESTRICTED_HEADERS = Set.of("host", "connection", "content-length", "expect", "upgrade");

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final PluginSettingValues settings;

    GuardedHttp(PluginSettingValues settings) {
        this.settings = settings;
    }

    PluginHttp of(PluginManifest manifest, CapabilityGuard guard) {
        return call -> {
            guard.require(io.pteroca.plugin.Capability.HTTP, "HTTP");
            return send(manifest, call);
        };
    }

    private HttpReply send(PluginManifest manifest, HttpCall call) throws IOException {
        URI uri = call.uri();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new PluginAccessDeniedException("only http and https addresses: " + uri);
        }
        List<String> allowed = new ArrayList<>(manifest.hosts());
        String extra = settings.extraHostsOf(manifest.id());
        if (!extra.isBlank()) {
            allowed.addAll(List.of(extra.split(" ")));
        }
        if (!HostRules.allowed(allowed, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort() < 0 ? "" : ":" + uri.getPort())) {
            throw new PluginAccessDeniedException(manifest.id() + " did not declare the host " + uri.getHost());
        }
        Duration timeout = call.timeout().compareTo(MAX_TIMEOUT) > 0 ? MAX_TIMEOUT : call.timeout();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(call.method().toUpperCase(Locale.ROOT), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        call.headers().forEach((name, value) -> {
            if (!RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_BODY_BYTES);
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            return new HttpReply(response.statusCode(), headers, new String(body, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
