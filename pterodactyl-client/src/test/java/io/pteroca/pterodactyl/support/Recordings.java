package io.pteroca.pterodactyl.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads the recordings and fixtures copied verbatim into {@code src/test/resources}. */
public final class Recordings {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Recordings() {
    }

    public static JsonNode load(String resource) {
        return JSON.readTree(text(resource));
    }

    public static String text(String resource) {
        try (InputStream in = Recordings.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
