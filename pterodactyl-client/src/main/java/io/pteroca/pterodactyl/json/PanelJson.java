package io.pteroca.pterodactyl.json;

import io.pteroca.pterodactyl.error.UnexpectedResponseException;
import io.pteroca.pterodactyl.page.Page;
import io.pteroca.pterodactyl.page.Pagination;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the panel's Fractal envelopes ({@code {object, attributes}}, {@code {object:"list", data, meta}})
 * into records and writes request records as snake_case JSON.
 *
 * <p>Relationships sit inside {@code attributes.relationships} as envelopes themselves; they are
 * flattened first (list envelopes become arrays of attributes, {@code null_resource} becomes null) so
 * records can declare them as plain fields.
 */
public final class PanelJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // Egg docker_images is encoded as [] when the egg has none.
            .enable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
            .build();

    private PanelJson() {
    }

    public static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new UnexpectedResponseException("Response is not JSON: " + abbreviate(body), e);
        }
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T item(JsonNode envelope, Class<T> type) {
        requireEnvelope(envelope, "attributes");
        return convert(flattenItem(envelope), type);
    }

    public static <T> List<T> list(JsonNode envelope, Class<T> type) {
        List<T> items = new ArrayList<>();
        for (JsonNode entry : requireEnvelope(envelope, "data")) {
            items.add(convert(flattenItem(entry), type));
        }
        return items;
    }

    public static <T> Page<T> page(JsonNode envelope, Class<T> type) {
        JsonNode pagination = envelope.path("meta").path("pagination");
        Pagination meta = pagination.isObject() ? convert(pagination, Pagination.class) : null;
        return new Page<>(list(envelope, type), meta);
    }

    public static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JacksonException e) {
            throw new UnexpectedResponseException("Cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static Map<String, String> stringMap(JsonNode node) {
        return MAPPER.convertValue(node, MAPPER.getTypeFactory().constructMapType(Map.class, String.class, String.class));
    }

    private static JsonNode requireEnvelope(JsonNode envelope, String field) {
        if (envelope == null || !envelope.has(field)) {
            throw new UnexpectedResponseException("Expected an envelope with '" + field + "', got: "
                    + (envelope == null ? "empty body" : abbreviate(envelope.toString())), null);
        }
        return envelope.get(field);
    }

    /** Returns the item's attributes with its relationships flattened, or null for a null resource. */
    static JsonNode flattenItem(JsonNode item) {
        JsonNode attributes = item.get("attributes");
        if (attributes == null || attributes.isNull()) {
            return NullNode.getInstance();
        }
        ObjectNode copy = ((ObjectNode) attributes).deepCopy();
        JsonNode relationships = copy.get("relationships");
        if (relationships instanceof ObjectNode related) {
            ObjectNode flat = MAPPER.createObjectNode();
            for (Map.Entry<String, JsonNode> relation : related.properties()) {
                flat.set(relation.getKey(), flattenRelation(relation.getValue()));
            }
            copy.set("relationships", flat);
        }
        return copy;
    }

    private static JsonNode flattenRelation(JsonNode relation) {
        if (relation == null || !relation.isObject()) {
            return NullNode.getInstance();
        }
        if ("list".equals(relation.path("object").asString(""))) {
            ArrayNode array = MAPPER.createArrayNode();
            for (JsonNode entry : relation.path("data")) {
                array.add(flattenItem(entry));
            }
            return array;
        }
        return flattenItem(relation);
    }

    public static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
