package io.pteroca.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pteroca.emulator.http.Json;
import tools.jackson.databind.JsonNode;

class ShapeComparatorTest {

    private static JsonNode json(String text) {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void reportsKeyOrderTypesAndEnumerationsButNotIds() {
        Map<String, String> tokens = new HashMap<>();
        ShapeComparator comparator = new ShapeComparator(tokens, new HashMap<>(), Allowance.NONE);
        comparator.compare("$", null,
                json("{\"object\":\"server\",\"attributes\":{\"id\":2,\"uuid\":\"aaaaaaaa-1\",\"status\":null,\"n\":1}}"),
                json("{\"object\":\"server\",\"attributes\":{\"uuid\":\"bbbbbbbb-2\",\"id\":7,\"status\":\"installing\",\"n\":\"1\"}}"));
        assertThat(comparator.mismatches).hasSize(3);
        assertThat(tokens).containsEntry("aaaaaaaa-1", "bbbbbbbb-2");
    }

    @Test
    void acceptsTheSameShapeWithOtherValues() {
        ShapeComparator comparator = new ShapeComparator(new HashMap<>(), new HashMap<>(), Allowance.NONE);
        comparator.compare("$", null, json("{\"object\":\"list\",\"data\":[{\"a\":\"x\"}]}"),
                json("{\"object\":\"list\",\"data\":[{\"a\":\"y\"}]}"));
        assertThat(comparator.mismatches).isEmpty();
    }
}
