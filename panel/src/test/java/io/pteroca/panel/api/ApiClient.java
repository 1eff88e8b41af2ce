package io.pteroca.panel.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running panel's API and checks every answer against the OpenAPI document the panel itself serves at
 * {@code /v3/api-docs}: an answer the document does not describe (status, media type, shape) fails the test.
 */
final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static OpenApiInteractionValidator validator;
    private static String validatorFor;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ApiClient(int port) {
        this.base = "http://localhost:" + port;
        synchronized (ApiClient.class) {
            if (!base.equals(validatorFor)) {
                Answer spec = send("GET", "/v3/api-docs", null, null, Map.of(), false);
                assertThat(spec.status()).as("the OpenAPI document").isEqualTo(200);
                validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec.body()).build();
                validatorFor = base;
            }
        }
    }

    record Answer(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null, Map.of(), true);
    }

    Answer post(String path, String token, Object body, Map<String, String> headers) {
        return send("POST", path, token, body == null ? null : body instanceof String raw ? raw : JSON.writeValueAsString(body),
                headers, true);
    }

    Answer delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of(), true);
    }

    Answer put(String path, String token, Object body) {
        return send("PUT", path, token, JSON.writeValueAsString(body), Map.of(), true);
    }

    Answer send(String method, String path, String token, String body, Map<String, String> headers, boolean validate) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Answer answer = new Answer(response.statusCode(), response.body(), response.headers());
            if (validate) {
                validate(method, path, answer);
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void validate(String method, String path, Answer answer) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status());
        answer.headers().firstValue("Content-Type").ifPresent(response::withContentType);
        if (!answer.body().isEmpty()) {
            response.withBody(answer.body());
        }
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = validator.validateResponse(bare, Request.Method.valueOf(method), response.build());
        assertThat(report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::toString).collect(Collectors.joining("\n")))
                .as(method + " " + path + " answered " + answer.status() + " " + answer.body() + " as the OpenAPI document says")
                .isEmpty();
    }
}
