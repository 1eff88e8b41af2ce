package io.pteroca.pterodactyl.http;

import io.pteroca.pterodactyl.error.ApiError;
import io.pteroca.pterodactyl.error.AuthenticationException;
import io.pteroca.pterodactyl.error.BadRequestException;
import io.pteroca.pterodactyl.error.ConflictException;
import io.pteroca.pterodactyl.error.ForbiddenException;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.error.PterodactylApiException;
import io.pteroca.pterodactyl.error.RateLimitedException;
import io.pteroca.pterodactyl.error.ServerErrorException;
import io.pteroca.pterodactyl.error.ValidationException;
import io.pteroca.pterodactyl.json.PanelJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Turns an error answer (compact or pretty-printed, or HTML when Accept was ignored) into a typed exception. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static PterodactylApiException toException(int status, String body, Optional<String> retryAfter, String endpoint) {
        List<ApiError> errors = parseErrors(status, body);
        return switch (status) {
            case 400 -> new BadRequestException(status, errors, endpoint);
            case 401 -> new AuthenticationException(status, errors, endpoint);
            case 403 -> new ForbiddenException(status, errors, endpoint);
            case 404 -> new NotFoundException(status, errors, endpoint);
            case 409 -> new ConflictException(status, errors, endpoint);
            case 422 -> new ValidationException(status, errors, endpoint);
            case 429 -> new RateLimitedException(status, errors, endpoint, retryAfter.flatMap(ErrorResponses::seconds).orElse(null));
            default -> status >= 500
                    ? new ServerErrorException(status, errors, endpoint)
                    : new PterodactylApiException(status, errors, endpoint);
        };
    }

    static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<ApiError> parseErrors(int status, String body) {
        List<ApiError> errors = new ArrayList<>();
        JsonNode root = null;
        try {
            root = body == null || body.isBlank() ? null : PanelJson.MAPPER.readTree(body);
        } catch (JacksonException notJson) {
            // falls through to the raw-body error below
        }
        if (root != null && root.path("errors").isArray()) {
            for (JsonNode error : root.get("errors")) {
                JsonNode meta = error.path("meta");
                errors.add(new ApiError(
                        text(error, "code"),
                        text(error, "status"),
                        text(error, "detail"),
                        text(meta, "source_field"),
                        text(meta, "rule")));
            }
        }
        if (errors.isEmpty()) {
            String detail = body == null || body.isBlank() ? null : PanelJson.abbreviate(body.strip());
            errors.add(new ApiError(null, Integer.toString(status), detail, null, null));
        }
        return errors;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
