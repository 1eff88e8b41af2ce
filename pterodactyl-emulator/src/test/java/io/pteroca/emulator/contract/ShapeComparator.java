package io.pteroca.emulator.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Compares what the recordings' READMEs say to compare: keys and their order, types, nesting,
 * and the values of `object`, error codes and the enumerations. Ids, uuids, names, timestamps
 * and secrets may differ; differing tokens are learned so later requests can be rewritten.
 */
final class ShapeComparator {

    private static final Set<String> EXACT = Set.of("object", "code", "status", "current_state", "rule", "source_field");
    private static final Set<String> TOKEN_KEYS = Set.of("uuid", "identifier", "id", "secret_token");

    private final Map<String, String> tokens;
    private static final Map<String, String> COLLECTIONS = Map.ofEntries(Map.entry("allocation", "allocations"),
            Map.entry("server_schedule", "schedules"), Map.entry("schedule_task", "tasks"), Map.entry("user", "users"),
            Map.entry("server", "servers"), Map.entry("location", "locations"), Map.entry("node", "nodes"),
            Map.entry("egg", "eggs"), Map.entry("nest", "nests"));

    private final Map<String, String> ids;
    private final Allowance allowance;
    final List<String> mismatches = new ArrayList<>();

    ShapeComparator(Map<String, String> tokens, Map<String, String> ids, Allowance allowance) {
        this.tokens = tokens;
        this.ids = ids;
        this.allowance = allowance;
    }

    void compare(String path, String key, JsonNode expected, JsonNode actual) {
        if (allowance.ignoredPaths().contains(path)) {
            return;
        }
        if (expected == null || actual == null) {
            if (expected != actual) {
                mismatches.add(path + ": expected " + expected + " but was " + actual);
            }
            return;
        }
        if (!type(expected).equals(type(actual))) {
            mismatches.add(path + ": expected " + type(expected) + " (" + abbreviate(expected) + ") but was " + type(actual)
                    + " (" + abbreviate(actual) + ")");
            return;
        }
        if (expected.isObject()) {
            learnId(expected, actual);
            List<String> expectedKeys = new ArrayList<>(expected.propertyNames());
            List<String> actualKeys = new ArrayList<>(actual.propertyNames());
            if (!expectedKeys.equals(actualKeys)) {
                mismatches.add(path + ": keys " + expectedKeys + " but were " + actualKeys);
            }
            for (String name : expectedKeys) {
                if ("properties".equals(name) && "activity_log".equals(currentObject)) {
                    // Activity properties legitimately differ (README); only their type is compared.
                    if (actual.has(name) && !type(expected.get(name)).equals(type(actual.get(name)))) {
                        mismatches.add(path + ".properties: expected " + type(expected.get(name)) + " but was " + type(actual.get(name)));
                    }
                } else if (actual.has(name)) {
                    compare(path + "." + name, name, expected.get(name), actual.get(name));
                }
            }
        } else if (expected.isArray()) {
            if (expected.size() != actual.size() && !allowance.listLengths()) {
                mismatches.add(path + ": " + expected.size() + " items but were " + actual.size());
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                compare(path + "[" + i + "]", key, expected.get(i), actual.get(i));
            }
        } else if (key != null && EXACT.contains(key) && !expected.equals(actual)) {
            if (!(key.equals("status") && path.contains("errors") && expected.asString().equals(actual.asString()))) {
                mismatches.add(path + ": expected " + expected + " but was " + actual);
            }
        } else if (key != null && TOKEN_KEYS.contains(key) && !expected.equals(actual)) {
            tokens.putIfAbsent(expected.asString(), actual.asString());
        }
    }

    /** The `object` of the item being compared, set on entering an {object, attributes} pair. */
    private String currentObject;

    /** Remembers the emulator's numeric id for an {object, attributes:{id}} item, for rewriting paths. */
    private void learnId(JsonNode expected, JsonNode actual) {
        if (expected.has("object") && expected.has("attributes")) {
            currentObject = expected.get("object").asString();
            JsonNode expectedId = expected.get("attributes").get("id");
            JsonNode actualId = actual.path("attributes").get("id");
            String collection = COLLECTIONS.get(currentObject);
            if (collection != null && expectedId != null && expectedId.isNumber() && actualId != null && actualId.isNumber()) {
                ids.putIfAbsent(collection + "/" + expectedId.asString(), actualId.asString());
            }
        }
    }

    private static String type(JsonNode node) {
        if (node.isNumber()) {
            return "number";
        }
        return node.getNodeType().name().toLowerCase();
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
