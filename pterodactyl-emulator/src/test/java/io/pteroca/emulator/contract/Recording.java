package io.pteroca.emulator.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.pteroca.emulator.http.Json;
import tools.jackson.databind.JsonNode;

/** One recorded request/response pair from the real panel. */
record Recording(String name, String method, String path, JsonNode requestBody, String contentType, String auth,
        boolean withheld, int status, JsonNode body) {

    static Recording load(String set, String name) {
        return loadFrom("pterodactyl/" + set, name);
    }

    /** Whether the folder (below the test resources) holds the recording; withheld ones may be left out entirely. */
    static boolean exists(String folder, String name) {
        return Recording.class.getResource("/" + folder + "/" + name + ".json") != null;
    }

    static Recording loadFrom(String folder, String name) {
        try (InputStream in = Recording.class.getResourceAsStream("/" + folder + "/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No recording " + folder + "/" + name);
            }
            JsonNode root = Json.MAPPER.readTree(in);
            JsonNode request = root.get("request");
            return new Recording(name, request.get("method").asString(), request.get("path").asString(),
                    request.get("body"), request.path("content_type").asString(null), request.path("auth").asString(""),
                    root.has("withheld"), root.path("status").asInt(0), root.get("body"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names listed in a set's INDEX.txt, in order. */
    static List<String> index(String set) {
        return indexOf("pterodactyl/" + set);
    }

    static List<String> indexOf(String folder) {
        try (InputStream in = Recording.class.getResourceAsStream("/" + folder + "/INDEX.txt")) {
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes()).split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0 && line.matches("^\\d+-.*")) {
                    names.add(line.substring(0, colon));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
