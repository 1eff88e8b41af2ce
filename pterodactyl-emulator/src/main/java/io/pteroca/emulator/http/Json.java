package io.pteroca.emulator.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON helpers: one shared mapper and the panel's two timestamp formats. */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final DateTimeFormatter ATOM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /**
     * An object with these keys and values in this order: {@code fields("id", 1, "name", "x")}. Values are strings,
     * numbers, booleans, JSON nodes or null, and keep their type (an int stays an int).
     */
    public static ObjectNode fields(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        ObjectNode node = object();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            node.set((String) keysAndValues[i], value == null ? NullNode.getInstance() : MAPPER.valueToTree(value));
        }
        return node;
    }

    /** "2026-11-23T12:44:51+00:00", what the transformers print. */
    public static String atom(Instant instant) {
        return instant == null ? null : ATOM.format(instant);
    }

    /** "2026-11-23T12:39:28.000000Z", what raw Eloquent models print (egg variables). */
    public static String micros(Instant instant) {
        return instant == null ? null : MICROS.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    public static JsonNode parse(byte[] bytes) {
        return MAPPER.readTree(bytes);
    }

    public static byte[] bytes(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    /** The panel's resource envelope {"object":..., "attributes":...}. */
    public static ObjectNode item(String object, ObjectNode attributes) {
        ObjectNode node = object();
        node.put("object", object);
        node.set("attributes", attributes);
        return node;
    }

    public static ObjectNode list(Iterable<? extends JsonNode> items) {
        ObjectNode node = object();
        node.put("object", "list");
        ArrayNode data = node.putArray("data");
        items.forEach(data::add);
        return node;
    }
}
