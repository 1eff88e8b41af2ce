package io.pteroca.panel.theme;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A theme's {@code theme.yaml}: its name (also its folder's), version, author, description, the panel versions it
 * was made for and the contexts it takes part in.
 */
record ThemeManifest(String name, String version, String author, String description, String panel,
                     Set<ThemeContext> contexts) {

    static final String FILE = "theme.yaml";
    static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    /** The manifest, or the problems that keep it from being one. */
    record Reading(ThemeManifest manifest, List<ThemeFinding> problems) {
    }

    static Reading read(String yaml) {
        List<ThemeFinding> problems = new ArrayList<>();
        Map<?, ?> map;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(64 * 1024);
            options.setAllowDuplicateKeys(false);
            Object loaded = new Yaml(new SafeConstructor(options)).load(yaml);
            if (!(loaded instanceof Map<?, ?> loadedMap)) {
                return new Reading(null, List.of(problem("theme.check.manifestNotMap", "")));
            }
            map = loadedMap;
        } catch (YAMLException e) {
            return new Reading(null, List.of(problem("theme.check.manifestSyntax", firstLine(e.getMessage()))));
        }
        String name = text(map, "name", 40, true, problems);
        if (name != null && !NAME.matcher(name).matches()) {
            problems.add(problem("theme.check.manifestName", name));
        }
        String version = text(map, "version", 40, true, problems);
        String author = text(map, "author", 200, false, problems);
        String description = text(map, "description", 1000, false, problems);
        String panel = text(map, "panel", 100, false, problems);
        if (panel != null && !PanelVersions.valid(panel)) {
            problems.add(problem("theme.check.manifestPanel", panel));
        }
        Set<ThemeContext> contexts = EnumSet.noneOf(ThemeContext.class);
        Object declared = map.get("contexts");
        if (!(declared instanceof List<?> list) || list.isEmpty()) {
            problems.add(problem("theme.check.manifestContexts", ""));
        } else {
            for (Object item : list) {
                ThemeContext context = ThemeContext.fromId(String.valueOf(item));
                if (context == null) {
                    problems.add(problem("theme.check.manifestContext", String.valueOf(item)));
                } else {
                    contexts.add(context);
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Reading(null, problems);
        }
        return new Reading(new ThemeManifest(name, version, author == null ? "" : author,
                description == null ? "" : description, panel == null ? "" : panel, Set.copyOf(contexts)), List.of());
    }

    boolean supports(String panelVersion) {
        return panel.isBlank() || panelVersion.isBlank() || PanelVersions.includes(panel, panelVersion);
    }

    boolean takesPartIn(ThemeContext context) {
        return contexts.contains(context);
    }

    /** Context ids in a fixed order, for pages and the command line. */
    public List<String> contextIds() {
        return EnumSet.copyOf(contexts).stream().map(ThemeContext::id).toList();
    }

    ThemeManifest renamed(String newName) {
        return new ThemeManifest(newName, version, author, description, panel, contexts);
    }

    String toYaml() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("version", version);
        map.put("author", author);
        map.put("description", description);
        if (!panel.isBlank()) {
            map.put("panel", panel);
        }
        map.put("contexts", contextIds());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(map);
    }

    private static String text(Map<?, ?> map, String key, int maxLength, boolean required, List<ThemeFinding> problems) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                problems.add(problem("theme.check.manifestMissing", key));
            }
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            problems.add(problem("theme.check.manifestText", key));
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > maxLength) {
            problems.add(problem("theme.check.manifestText", key));
            return null;
        }
        return text;
    }

    private static ThemeFinding problem(String key, String detail) {
        return ThemeFinding.error(FILE, 0, key, detail);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
