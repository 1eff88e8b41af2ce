package io.pteroca.emulator.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.http.Json;
import tools.jackson.databind.JsonNode;

/** Sends recorded requests to the emulator, rewriting recorded tokens into the emulator's, and compares. */
final class Replayer {

    private final PterodactylEmulator emulator;
    private final HttpClient http = HttpClient.newHttpClient();
    /** Recorded value -> emulator value: uuids, identifiers, key identifiers. */
    final Map<String, String> tokens = new LinkedHashMap<>();
    /** "collection/recorded numeric id" -> emulator id, learned from compared responses, for path segments. */
    final Map<String, String> ids = new LinkedHashMap<>();
    /** Auth description in the recording -> bearer token to send (null: no header). */
    final Map<String, String> keys = new LinkedHashMap<>();
    final List<String> failures = new ArrayList<>();
    int replayed;
    int compared;

    Replayer(PterodactylEmulator emulator) {
        this.emulator = emulator;
    }

    HttpResponse<String> send(String method, String path, String bearer, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (body != null) {
            request.header("Content-Type", contentType == null ? "application/json" : contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Rewrites learned long tokens anywhere, and learned numeric ids where they follow their collection's name. */
    String rewritePath(String path) {
        String rewritten = rewrite(path);
        int q = rewritten.indexOf('?');
        String[] parts = (q < 0 ? rewritten : rewritten.substring(0, q)).split("/", -1);
        for (int i = parts.length - 1; i > 0; i--) {
            String mapped = ids.get(parts[i - 1] + "/" + parts[i]);
            if (mapped != null) {
                parts[i] = mapped;
            }
        }
        return String.join("/", parts) + (q < 0 ? "" : rewritten.substring(q));
    }

    private String rewrite(String text) {
        String result = text;
        List<String> recorded = new ArrayList<>(tokens.keySet());
        recorded.sort(Comparator.comparingInt(String::length).reversed());
        for (String token : recorded) {
            if (token.length() >= 8) {
                result = result.replace(token, tokens.get(token));
            }
        }
        return result;
    }

    /** Replays one recording, comparing all of it. */
    JsonNode replay(Recording recording) {
        return replay(recording, Allowance.NONE);
    }

    /** Replays one recording; returns the emulator's parsed JSON body (null when none). */
    JsonNode replay(Recording recording, Allowance allowance) {
        replayed++;
        if (!keys.containsKey(recording.auth())) {
            throw new IllegalStateException("No key arranged for auth '" + recording.auth() + "' in " + recording.name());
        }
        String body = null;
        if (recording.requestBody() != null && !recording.requestBody().isNull()) {
            body = recording.requestBody().isString() ? recording.requestBody().asString()
                    : rewrite(Json.MAPPER.writeValueAsString(recording.requestBody()));
        }
        HttpResponse<String> response = send(recording.method(), rewritePath(recording.path()), keys.get(recording.auth()), body,
                recording.contentType());
        JsonNode actual = parse(response);
        if (recording.withheld()) {
            return actual;
        }
        compared++;
        List<String> mismatches = new ArrayList<>();
        int expectedStatus = recording.status();
        if (allowance.statusInstead() != null && response.statusCode() == allowance.statusInstead()) {
            // The allowance names the status the emulator answers instead; the body is an ordinary error.
            if (actual == null || !actual.has("errors")) {
                mismatches.add("the allowed status " + allowance.statusInstead() + " must carry an errors body");
            }
        } else if (response.statusCode() != expectedStatus) {
            mismatches.add("status " + expectedStatus + " but was " + response.statusCode() + " " + response.body());
        } else if (expectedStatus == 204) {
            if (!response.body().isEmpty() || response.headers().firstValue("content-type").isPresent()) {
                mismatches.add("a 204 must have no body and no content type");
            }
        } else if (recording.body() != null && recording.body().isString()) {
            if (!response.headers().firstValue("content-type").orElse("").startsWith("text/plain")) {
                mismatches.add("expected a text/plain body");
            }
        } else {
            ShapeComparator comparator = new ShapeComparator(tokens, ids, allowance);
            comparator.compare("$", null, recording.body(), actual);
            mismatches.addAll(comparator.mismatches);
        }
        if (!mismatches.isEmpty()) {
            failures.add(recording.name() + ":\n    " + String.join("\n    ", mismatches));
        }
        return actual;
    }

    private static JsonNode parse(HttpResponse<String> response) {
        String type = response.headers().firstValue("content-type").orElse("");
        if (!type.startsWith("application/json") || response.body().isEmpty()) {
            return null;
        }
        return Json.MAPPER.readTree(response.body());
    }
}
