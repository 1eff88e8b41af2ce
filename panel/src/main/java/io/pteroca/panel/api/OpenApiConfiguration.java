package io.pteroca.panel.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}, generated from the API's controllers only (springdoc's scan is limited
 * to this package and {@code /api/v1/**} in application.yml), with the bearer token as its security scheme and the
 * problem answers every endpoint may give.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "personalAccessToken";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI pterocaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("PteroCA API").version("v1")
                        .description("Customers and staff automate the panel with personal access tokens made on the "
                                + "account page. Lists take ?cursor= and ?limit= (1-100); errors are RFC 9457 problems; "
                                + "POSTs that move money or create a server need an Idempotency-Key header."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("ptca_…")
                                .description("A personal access token: Authorization: Bearer ptca_…"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Every operation may answer with these problems; POSTs with an Idempotency-Key also with 409 and 422. */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> addProblems(operation)));
        };
    }

    private static void addProblems(io.swagger.v3.oas.models.Operation operation) {
        var responses = operation.getResponses();
        add(responses, "400", "Invalid input; `field` names it", "invalid",
                Map.of("type", "about:blank", "title", "Bad Request", "status", 400,
                        "detail", "The limit must be between 1 and 100.", "code", "api.limitRange", "field", "limit"));
        add(responses, "401", "No valid token", null, null);
        add(responses, "403", "The token lacks the scope, or the staff role the permission", null, null);
        add(responses, "404", "Not there, or not yours", null, null);
        add(responses, "409", "Not possible in the current state", null, null);
        add(responses, "422", "The Idempotency-Key was used with another request", null, null);
        add(responses, "429", "Too many requests; see Retry-After", null, null);
        responses.get("429").addHeaderObject("Retry-After",
                new Header().description("Seconds until the token may call again").schema(new IntegerSchema()));
        add(responses, "500", "Something went wrong on our side", null, null);
        add(responses, "502", "Pterodactyl could not be reached", null, null);
    }

    private static void add(io.swagger.v3.oas.models.responses.ApiResponses responses, String status, String description,
                            String exampleName, Object example) {
        if (responses.containsKey(status)) {
            return;
        }
        MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
        if (example != null) {
            problem.addExamples(exampleName, new Example().value(example));
        }
        responses.addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", problem)));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("An RFC 9457 problem")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("This value is not valid."))
                .addProperty("instance", new StringSchema().example("/api/v1/servers"))
                .addProperty("code", new StringSchema().description("A stable key of the message").example("api.invalid"))
                .addProperty("field", new StringSchema().description("The input at fault, when there is one").example("limit"));
    }
}
