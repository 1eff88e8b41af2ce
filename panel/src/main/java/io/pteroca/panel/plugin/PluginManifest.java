package io.pteroca.panel.plugin;

import io.pteroca.plugin.Capability;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A plugin's description: PF4J's manifest attributes ({@code Plugin-Id}, {@code Plugin-Version},
 * {@code Plugin-Requires}, {@code Plugin-Dependencies}, {@code Plugin-Class}) and its {@code plugin.yaml}
 * (name, description, author, licence, capabilities, settings schema, the hosts it may call).
 */
record PluginManifest(String id, String version, String requires, List<Dependency> dependencies, String pluginClass,
                      String name, String description, String author, String license, Set<Capability> capabilities,
                      List<SettingSpec> settings, List<String> hosts) {

    /** Lower case, starts with a letter, at most 32 characters: it becomes part of table and lock names. */
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    /** Keys of settings, widgets, tabs, tasks and commands. */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,23}");

    PluginManifest {
        dependencies = List.copyOf(dependencies);
        capabilities = Set.copyOf(capabilities);
        settings = List.copyOf(settings);
        hosts = List.copyOf(hosts);
    }

    /** Another plugin this one needs, with a semantic-version range such as {@code >=1.0.0 & <2.0.0}. */
    record Dependency(String pluginId, String versionRange, boolean optional) {
    }

    boolean declares(Capability capability) {
        return capabilities.contains(capability);
    }

    /** The prefix of every table the plugin may own, e.g. {@code plg_hello_world_}. */
    String tablePrefix() {
        return tablePrefix(id);
    }

    static String tablePrefix(String pluginId) {
        return "plg_" + pluginId.replace('-', '_').toLowerCase(Locale.ROOT) + "_";
    }
}
