package io.pteroca.panel.plugin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What a plugin needs before it may start: the panel version it requires, and its dependencies, without cycles. */
@Component
class PluginRequirements {

    private final PanelPluginContext.Shared shared;
    private final ActivePlugins active;

    PluginRequirements(PanelPluginContext.Shared shared, ActivePlugins active) {
        this.shared = shared;
        this.active = active;
    }

    /** Refuses, saying why, when the plugin cannot start next to these jars now. */
    void check(PluginJar plugin, Map<String, PluginJar> found) {
        PluginManifest manifest = plugin.manifest();
        String panelVersion = shared.panelVersion();
        if (!SemanticVersions.satisfies(panelVersion, manifest.requires())) {
            throw new PluginRefusedException("plugin.refused.panelVersion", manifest.id(), manifest.requires(), panelVersion);
        }
        cycle(manifest.id(), found).ifPresent(path -> {
            throw new PluginRefusedException("plugin.refused.cycle", path);
        });
        for (PluginManifest.Dependency dependency : manifest.dependencies()) {
            PluginJar other = found.get(dependency.pluginId());
            if (other == null) {
                if (dependency.optional()) {
                    continue;
                }
                throw new PluginRefusedException("plugin.refused.missingDependency", manifest.id(), dependency.pluginId(),
                        dependency.versionRange());
            }
            if (!SemanticVersions.satisfies(other.manifest().version(), dependency.versionRange())) {
                throw new PluginRefusedException("plugin.refused.dependencyVersion", manifest.id(), dependency.pluginId(),
                        dependency.versionRange(), other.manifest().version());
            }
            if (!dependency.optional() && !active.isRunning(dependency.pluginId())) {
                throw new PluginRefusedException("plugin.refused.dependencyDisabled", manifest.id(), dependency.pluginId());
            }
        }
    }

    /** A dependency path that comes back to where it started, e.g. {@code a → b → a}. */
    static Optional<String> cycle(String start, Map<String, PluginJar> found) {
        Deque<String> path = new ArrayDeque<>();
        return visit(start, start, found, path, new HashSet<>());
    }

    private static Optional<String> visit(String start, String id, Map<String, PluginJar> found, Deque<String> path,
                                          Set<String> done) {
        path.addLast(id);
        PluginJar plugin = found.get(id);
        if (plugin != null) {
            for (PluginManifest.Dependency dependency : plugin.manifest().dependencies()) {
                if (dependency.pluginId().equals(start)) {
                    return Optional.of(String.join(" → ", path) + " → " + start);
                }
                if (!path.contains(dependency.pluginId()) && done.add(dependency.pluginId())) {
                    Optional<String> found2 = visit(start, dependency.pluginId(), found, path, done);
                    if (found2.isPresent()) {
                        return found2;
                    }
                }
            }
        }
        path.removeLast();
        return Optional.empty();
    }

    /** Dependencies before dependents; plugins in a cycle are left out. */
    static List<String> startOrder(Map<String, PluginJar> found) {
        List<String> order = new ArrayList<>();
        Set<String> visiting = new HashSet<>();
        for (String id : found.keySet()) {
            order(id, found, order, visiting);
        }
        return order;
    }

    private static void order(String id, Map<String, PluginJar> found, List<String> order, Set<String> visiting) {
        if (order.contains(id) || !found.containsKey(id) || !visiting.add(id)) {
            return;
        }
        for (PluginManifest.Dependency dependency : found.get(id).manifest().dependencies()) {
            order(dependency.pluginId(), found, order, visiting);
        }
        order.add(id);
    }
}
