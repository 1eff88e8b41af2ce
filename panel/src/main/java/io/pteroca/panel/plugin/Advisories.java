package io.pteroca.panel.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known vulnerabilities of Java libraries, in OSV's JSON format (a list of OSV records, or {@code {"vulns": [...]}}).
 * The panel ships a list; an admin can replace it with a newer one (Admin → Plugins), stored in the data folder,
 * because the panel never fetches anything from the internet at run time.
 */
@Component
class Advisories {

    private static final String BUILT_IN = "plugin/osv-advisories.json";

    private final JsonMapper json = JsonMapper.builder().build();
    private final Path replacement;

    Advisories(@Value("${pteroca.plugins.advisories-file:./data/plugin-advisories.json}") Path replacement) {
        this.replacement = replacement;
    }

    /** One advisory about one Maven artifact. */
    record Advisory(String id, String summary, String artifact, List<String> versions, List<Range> ranges) {

        boolean affects(String version) {
            return versions.contains(version) || ranges.stream().anyMatch(r -> r.contains(version));
        }
    }

    /** An ECOSYSTEM range: from {@code introduced} (0: every version) up to, not including, {@code fixed}. */
    record Range(String introduced, String fixed, String lastAffected) {

        boolean contains(String version) {
            boolean after = "0".equals(introduced) || MavenVersions.compare(version, introduced) >= 0;
            boolean before = fixed == null || MavenVersions.compare(version, fixed) < 0;
            boolean notPast = lastAffected == null || MavenVersions.compare(version, lastAffected) <= 0;
            return after && before && notPast;
        }
    }

    /** Where the list in force comes from, for the admin page. */
    boolean replaced() {
        return Files.isRegularFile(replacement);
    }

    /** Checks and stores a newer list; refuses a file that is not OSV JSON about Maven packages. */
    int replace(byte[] content) {
        List<Advisory> parsed = parse(content);
        try {
            Files.createDirectories(replacement.toAbsolutePath().getParent());
            Path temporary = replacement.resolveSibling(replacement.getFileName() + ".new");
            Files.write(temporary, content);
            Files.move(temporary, replacement, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PluginRefusedException("plugin.problem.storage", e.getMessage());
        }
        return parsed.size();
    }

    List<Advisory> current() {
        try {
            if (replaced()) {
                return parse(Files.readAllBytes(replacement));
            }
            try (InputStream in = new ClassPathResource(BUILT_IN).getInputStream()) {
                return parse(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the plugin advisories", e);
        }
    }

    /** The advisories about this artifact ({@code group:artifact}) at this version. */
    List<Advisory> about(String artifact, String version, List<Advisory> advisories) {
        return advisories.stream().filter(a -> a.artifact().equals(artifact) && a.affects(version)).toList();
    }

    List<Advisory> parse(byte[] content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (RuntimeException e) {
            throw new PluginRefusedException("plugin.problem.advisories");
        }
        JsonNode records = root.isArray() ? root : root.path("vulns");
        if (!records.isArray()) {
            throw new PluginRefusedException("plugin.problem.advisories");
        }
        List<Advisory> advisories = new ArrayList<>();
        for (JsonNode record : records) {
            String id = record.path("id").asString("");
            if (id.isEmpty()) {
                throw new PluginRefusedException("plugin.problem.advisories");
            }
            for (JsonNode affected : record.path("affected")) {
                if (!"Maven".equalsIgnoreCase(affected.path("package").path("ecosystem").asString(""))) {
                    continue;
                }
                List<String> versions = new ArrayList<>();
                affected.path("versions").forEach(v -> versions.add(v.asString()));
                List<Range> ranges = new ArrayList<>();
                for (JsonNode range : affected.path("ranges")) {
                    String introduced = null;
                    for (JsonNode event : range.path("events")) {
                        if (event.has("introduced")) {
                            introduced = event.get("introduced").asString();
                        } else if (introduced != null && (event.has("fixed") || event.has("last_affected"))) {
                            ranges.add(new Range(introduced, text(event, "fixed"), text(event, "last_affected")));
                            introduced = null;
                        }
                    }
                    if (introduced != null) {
                        ranges.add(new Range(introduced, null, null));
                    }
                }
                advisories.add(new Advisory(id, record.path("summary").asString(""),
                        affected.path("package").path("name").asString(""), versions, ranges));
            }
        }
        return advisories;
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asString() : null;
    }
}
