package io.pteroca.pterodactyl.http;

import io.pteroca.pterodactyl.error.PanelUnreachableException;
import io.pteroca.pterodactyl.error.PterodactylApiException;
import io.pteroca.pterodactyl.error.PterodactylException;
import io.pteroca.pterodactyl.error.RateLimitedException;
import io.pteroca.pterodactyl.error.RequestTimeoutException;
import io.pteroca.pterodactyl.metrics.CallEvent;
import io.pteroca.pterodactyl.metrics.CallOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Sends requests for one (panel, key): authentication headers, the shared rate limiter, retries and
 * error mapping. Thread-safe.
 */
public final class ApiTransport {

    private final ClientSettings settings;
    private final HttpClient http;
    private final CallBudget budget;

    public ApiTransport(ClientSettings settings, RateLimit apiDefaultLimit) {
        this.settings = settings;
        this.http = settings.httpClient() != null
                ? settings.httpClient()
                : HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
        this.budget = settings.rateLimited()
                ? RateLimiterRegistry.budgetFor(settings.panelUrl(), settings.apiKey(),
                        settings.rateLimitOr(apiDefaultLimit), settings.nanoClock())
                : null;
    }

    public ClientSettings settings() {
        return settings;
    }

    /** The HTTP client of this transport, for calls outside the panel's API (Wings' signed links). */
    public HttpClient httpClient() {
        return http;
    }

    public ApiResponse execute(ApiRequest request) {
        RetryPolicy retry = settings.retryPolicy();
        for (int attempt = 1; ; attempt++) {
            boolean lastAttempt = attempt >= retry.maxAttempts();
            waitForToken();
            long started = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(toHttpRequest(request), HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException e) {
                report(request, CallOutcome.TIMEOUT, 0, started, attempt);
                if (request.idempotent() && !lastAttempt) {
                    pause(retry.backoffAfter(attempt));
                    continue;
                }
                throw new RequestTimeoutException(request.endpoint(), e);
            } catch (IOException e) {
                report(request, CallOutcome.CONNECTION_ERROR, 0, started, attempt);
                if (request.idempotent() && !lastAttempt) {
                    pause(retry.backoffAfter(attempt));
                    continue;
                }
                throw new PanelUnreachableException(request.endpoint(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PterodactylException(request.endpoint() + " interrupted", e);
            }

            int status = response.statusCode();
            report(request, CallOutcome.ofStatus(status), status, started, attempt);
            if (status < 400) {
                return new ApiResponse(status, response.body());
            }
            PterodactylApiException error = ErrorResponses.toException(
                    status, response.body(), response.headers().firstValue("Retry-After"), request.endpoint());
            if (!lastAttempt && error instanceof RateLimitedException limited) {
                Duration wait = limited.retryAfter().orElse(retry.backoffAfter(attempt));
                if (wait.compareTo(retry.maxRetryAfter()) <= 0) {
                    pause(wait);
                    continue;
                }
            }
            if (!lastAttempt && request.idempotent() && status >= 500) {
                pause(retry.backoffAfter(attempt));
                continue;
            }
            throw error;
        }
    }

    private HttpRequest toHttpRequest(ApiRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(settings.panelUrl() + request.pathAndQuery()))
                .timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Accept", "application/json")
                .header("User-Agent", "pteroca-pterodactyl-client");
        if (request.body() != null) {
            builder.header("Content-Type", request.contentType())
                    .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    private void waitForToken() {
        if (budget != null) {
            Duration wait = budget.reserve();
            if (!wait.isZero()) {
                pause(wait);
            }
        }
    }

    private void pause(Duration duration) {
        try {
            settings.sleeper().sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PterodactylException("interrupted while waiting to call the panel", e);
        }
    }

    private void report(ApiRequest request, CallOutcome outcome, int status, long startedNanos, int attempt) {
        try {
            settings.listener().onCall(new CallEvent(request.endpoint(), outcome, status,
                    Duration.ofNanos(System.nanoTime() - startedNanos), attempt));
        } catch (RuntimeException ignored) {
            // metrics must never break a call
        }
    }
}
