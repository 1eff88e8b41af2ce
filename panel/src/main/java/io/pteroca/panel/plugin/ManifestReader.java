package io.pteroca.panel.plugin;

import io.pteroca.plugin.Capability;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginRuntimeException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a plugin jar's description: the manifest through PF4J's own reader, {@code plugin.yaml} with a YAML
 * loader that builds only maps, lists and scalars (never objects named in the file).
 */
final class ManifestReader {

    static final String YAML = "plugin.yaml";
    private static final int MAX_YAML_BYTES = 256 * 1024;

    private ManifestReader() {
    }

    static PluginManifest read(Path jar) {
        PluginDescriptor descriptor;
        try {
            descriptor = new ManifestPluginDescriptorFinder().find(jar);
        } catch (PluginRuntimeException e) {
            throw new PluginRefusedException("plugin.problem.manifest", jar.getFileName());
        }
        String id = descriptor.getPluginId();
        if (id == null || !PluginManifest.ID.matcher(id).matches()) {
            throw new PluginRefusedException("plugin.problem.id", jar.getFileName());
        }
        if (descriptor.getVersion() == null || !SemanticVersions.isVersion(descriptor.getVersion())) {
            throw new PluginRefusedException("plugin.problem.version", id);
        }
        if (descriptor.getPluginClass() == null || descriptor.getPluginClass().isBlank()) {
            throw new PluginRefusedException("plugin.problem.pluginClass", id);
        }
        Map<String, Object> yaml = yaml(jar, id);
        List<PluginManifest.Dependency> dependencies = descriptor.getDependencies().stream()
                .map(d -> new PluginManifest.Dependency(d.getPluginId(), d.getPluginVersionSupport(), d.isOptional()))
                .toList();
        for (PluginManifest.Dependency dependency : dependencies) {
            if (!"*".equals(dependency.versionRange()) && !SemanticVersions.isRange(dependency.versionRange())) {
                throw new PluginRefusedException("plugin.problem.dependencyRange", id, dependency.pluginId());
            }
        }
        String requires = descriptor.getRequires() == null || descriptor.getRequires().isBlank() ? "*" : descriptor.getRequires();
        if (!"*".equals(requires) && !SemanticVersions.isRange(requires)) {
            throw new PluginRefusedException("plugin.problem.requiresRange", id);
        }
        return new PluginManifest(id, descriptor.getVersion(), requires, dependencies, descriptor.getPluginClass(),
                text(yaml, "name", id), text(yaml, "description", ""), text(yaml, "author", ""),
                text(yaml, "license", descriptor.getLicense() == null ? "" : descriptor.getLicense()),
                capabilities(yaml, id), settings(yaml, id), hosts(yaml, id));
    }

    private static Map<String, Object> yaml(Path jar, String id) {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(YAML);
            if (entry == null) {
                throw new PluginRefusedException("plugin.problem.noYaml", id);
            }
            try (InputStream in = file.getInputStream(entry)) {
                byte[] bytes = in.readNBytes(MAX_YAML_BYTES + 1);
                if (bytes.length > MAX_YAML_BYTES) {
                    throw new PluginRefusedException("plugin.problem.yaml", id, "too large");
                }
                LoaderOptions options = new LoaderOptions();
                options.setMaxAliasesForCollections(20);
                options.setAllowDuplicateKeys(false);
                Object loaded = new Yaml(new SafeConstructor(options)).load(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                if (!(loaded instanceof Map<?, ?> map)) {
                    throw new PluginRefusedException("plugin.problem.yaml", id, "not a mapping");
                }
                Map<String, Object> result = new LinkedHashMap<>();
                map.forEach((k, v) -> result.put(String.valueOf(k), v));
                return result;
            }
        } catch (IOException e) {
            throw new PluginRefusedException("plugin.problem.manifest", jar.getFileName());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new PluginRefusedException("plugin.problem.yaml", id, firstLine(e.getMessage()));
        }
    }

    private static Set<Capability> capabilities(Map<String, Object> yaml, String id) {
        Set<Capability> capabilities = new LinkedHashSet<>();
        for (Object name : list(yaml.get("capabilities"), id, "capabilities")) {
            capabilities.add(Capability.fromYamlName(String.valueOf(name))
                    .orElseThrow(() -> new PluginRefusedException("plugin.problem.capability", id, name)));
        }
        return capabilities;
    }

    private static List<SettingSpec> settings(Map<String, Object> yaml, String id) {
        List<SettingSpec> specs = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Object item : list(yaml.get("settings"), id, "settings")) {
            if (!(item instanceof Map<?, ?> setting)) {
                throw new PluginRefusedException("plugin.problem.yaml", id, "settings: each entry is a mapping");
            }
            String key = String.valueOf(setting.get("key"));
            if (!PluginManifest.NAME.matcher(key).matches() || !keys.add(key)) {
                throw new PluginRefusedException("plugin.problem.settingKey", id, key);
            }
            String type = setting.get("type") == null ? "text" : String.valueOf(setting.get("type"));
            if (!SettingSpec.TYPES.contains(type)) {
                throw new PluginRefusedException("plugin.problem.settingType", id, key);
            }
            List<String> options = list(setting.get("options"), id, "options").stream().map(String::valueOf).toList();
            Object defaultValue = setting.get("default");
            specs.add(new SettingSpec(key, type, defaultValue == null ? "" : String.valueOf(defaultValue),
                    Boolean.TRUE.equals(setting.get("required")), options, languages(setting.get("label")),
                    languages(setting.get("help"))));
        }
        return specs;
    }

    private static List<String> hosts(Map<String, Object> yaml, String id) {
        List<String> hosts = new ArrayList<>();
        for (Object host : list(yaml.get("hosts"), id, "hosts")) {
            String value = String.valueOf(host).trim().toLowerCase(java.util.Locale.ROOT);
            if (!value.matches("(\\*\\.)?[a-z0-9.-]+(:[0-9]{1,5})?")) {
                throw new PluginRefusedException("plugin.problem.host", id, value);
            }
            hosts.add(value);
        }
        return hosts;
    }

    private static Map<String, String> languages(Object value) {
        Map<String, String> result = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((language, text) -> result.put(String.valueOf(language), String.valueOf(text)));
        } else if (value != null) {
            result.put("en", String.valueOf(value));
        }
        return result;
    }

    private static List<?> list(Object value, String id, String field) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new PluginRefusedException("plugin.problem.yaml", id, field + ": a list is expected");
        }
        return list;
    }

    private static String text(Map<String, Object> yaml, String key, String fallback) {
        Object value = yaml.get(key);
        return value == null ? fallback : String.valueOf(value).strip();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
