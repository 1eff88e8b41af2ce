package io.pteroca.emulator.http;

import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * /__emulator: call counters, fault injection and a reset of both, for tests in other processes.
 * GET counters; DELETE counters; POST faults {method?, path (regex), status?, latency_ms?, drop?, answer_lost?, times?};
 * DELETE faults; GET keys (the seeded application key).
 */
public final class AdminEndpoint {

    public static final String PREFIX = "/__emulator";

    private final CallCounter counter;
    private final FaultInjector faults;
    private final Supplier<String> applicationKey;

    public AdminEndpoint(CallCounter counter, FaultInjector faults, Supplier<String> applicationKey) {
        this.counter = counter;
        this.faults = faults;
        this.applicationKey = applicationKey;
    }

    public Response handle(Request request) {
        String route = request.method() + " " + request.path();
        switch (route) {
            case "GET /__emulator/counters" -> {
                ObjectNode body = Json.object();
                counter.snapshot().forEach(body::put);
                return Response.ok(body);
            }
            case "DELETE /__emulator/counters" -> {
                counter.reset();
                return Response.noContent();
            }
            case "POST /__emulator/faults" -> {
                JsonNode body = request.json();
                if (!body.hasNonNull("path")) {
                    throw new IllegalArgumentException("path is required");
                }
                faults.add(body.path("answer_lost").asBoolean(false)
                        ? FaultInjector.Fault.answerLost(body.path("method").asString(null), body.get("path").asString(),
                                body.path("times").asInt(-1))
                        : new FaultInjector.Fault(body.path("method").asString(null), body.get("path").asString(),
                                body.path("status").asInt(0), body.path("latency_ms").asLong(0), body.path("drop").asBoolean(false),
                                body.path("times").asInt(-1)));
                return Response.noContent();
            }
            case "DELETE /__emulator/faults" -> {
                faults.clear();
                return Response.noContent();
            }
            case "GET /__emulator/keys" -> {
                ObjectNode body = Json.object();
                body.put("application", applicationKey.get());
                return Response.ok(body);
            }
            default -> {
                return Response.error(ApiException.notFound());
            }
        }
    }
}
