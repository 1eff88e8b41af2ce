package io.pteroca.pterodactyl.application.model;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/** Validation rules as Pterodactyl sends them ({@code "required|string"}) or as Pelican does ({@code ["required","string"]}). */
final class RulesDeserializer extends ValueDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return parser.getValueAsString();
        }
        JsonNode rules = context.readTree(parser);
        List<String> parts = new ArrayList<>();
        rules.forEach(rule -> parts.add(rule.asString()));
        return String.join("|", parts);
    }
}
