package io.pteroca.panel.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives every request body and successful answer in the OpenAPI document an example, put together from the examples
 * of its fields (the records' {@code @Schema(example = …)}), so the reader shows a whole answer for each endpoint
 * without a second, hand-written copy that could drift from the code.
 */
@Component
class OpenApiExamples implements OpenApiCustomizer {

    private static final int MAX_DEPTH = 8;

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents();
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                addExample(operation.getRequestBody().getContent(), components);
            }
            if (operation.getResponses() != null) {
                operation.getResponses().forEach((status, answer) -> {
                    if (status.startsWith("2")) {
                        addExample(answer.getContent(), components);
                    }
                });
            }
        }));
    }

    private static void addExample(Content content, Components components) {
        if (content == null) {
            return;
        }
        for (MediaType media : content.values()) {
            if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                Object example = example(media.getSchema(), components, 0);
                if (example != null) {
                    media.setExample(example);
                }
            }
        }
    }

    static Object example(Schema<?> schema, Components components, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            return components == null || components.getSchemas() == null ? null
                    : example(components.getSchemas().get(name), components, depth + 1);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return example(schema.getAllOf().get(0), components, depth + 1);
        }
        String type = type(schema);
        if ("array".equals(type) || schema.getItems() != null) {
            Object item = example(schema.getItems(), components, depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> {
                Object value = example(property, components, depth + 1);
                if (value != null) {
                    object.put(name, value);
                }
            });
            return object;
        }
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> true;
            case "string" -> switch (schema.getFormat() == null ? "" : schema.getFormat()) {
                case "date-time" -> "2026-12-01T12:00:00Z";
                case "date" -> "2026-12-01";
                default -> "text";
            };
            default -> null;
        };
    }

    /** The schema's type, in OpenAPI 3.0 ({@code type}) or 3.1 ({@code types}, maybe with "null") form. */
    private static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() == null ? null
                : schema.getTypes().stream().filter(candidate -> !"null".equals(candidate)).findFirst().orElse(null);
    }
}
