package io.pteroca.pterodactyl.http;

import io.pteroca.pterodactyl.metrics.CallListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Connection settings for one panel and one API key. {@code rateLimit} null means the API's default
 * (240/min application and addon, 720/min client); {@link #withoutRateLimit()} turns the limiter off.
 */
public final class ClientSettings {

    private final URI panelUrl;
    private final String apiKey;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final RateLimit rateLimit;
    private final boolean rateLimited;
    private final CallListener listener;
    private final Sleeper sleeper;
    private final LongSupplier nanoClock;
    private final HttpClient httpClient;

    private ClientSettings(Builder builder) {
        this.panelUrl = URI.create(Objects.requireNonNull(builder.panelUrl, "panelUrl").replaceAll("/+$", ""));
        this.apiKey = Objects.requireNonNull(builder.apiKey, "apiKey");
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.retryPolicy = builder.retryPolicy;
        this.rateLimit = builder.rateLimit;
        this.rateLimited = builder.rateLimited;
        this.listener = builder.listener;
        this.sleeper = builder.sleeper;
        this.nanoClock = builder.nanoClock;
        this.httpClient = builder.httpClient;
    }

    public static Builder builder(String panelUrl, String apiKey) {
        return new Builder(panelUrl, apiKey);
    }

    public URI panelUrl() {
        return panelUrl;
    }

    public String apiKey() {
        return apiKey;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public boolean rateLimited() {
        return rateLimited;
    }

    public RateLimit rateLimitOr(RateLimit apiDefault) {
        return rateLimit != null ? rateLimit : apiDefault;
    }

    public CallListener listener() {
        return listener;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    public LongSupplier nanoClock() {
        return nanoClock;
    }

    public HttpClient httpClient() {
        return httpClient;
    }

    /** The same settings with another key, e.g. a client key created through the addon. */
    public ClientSettings withApiKey(String otherKey) {
        Builder copy = toBuilder();
        copy.apiKey = otherKey;
        return copy.build();
    }

    public Builder toBuilder() {
        Builder copy = new Builder(panelUrl.toString(), apiKey);
        copy.connectTimeout = connectTimeout;
        copy.requestTimeout = requestTimeout;
        copy.retryPolicy = retryPolicy;
        copy.rateLimit = rateLimit;
        copy.rateLimited = rateLimited;
        copy.listener = listener;
        copy.sleeper = sleeper;
        copy.nanoClock = nanoClock;
        copy.httpClient = httpClient;
        return copy;
    }

    public static final class Builder {
        private String panelUrl;
        private String apiKey;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private RateLimit rateLimit;
        private boolean rateLimited = true;
        private CallListener listener = CallListener.NONE;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private LongSupplier nanoClock = System::nanoTime;
        private HttpClient httpClient;

        private Builder(String panelUrl, String apiKey) {
            this.panelUrl = panelUrl;
            this.apiKey = apiKey;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = Objects.requireNonNull(value);
            return this;
        }

        public Builder requestTimeout(Duration value) {
            this.requestTimeout = Objects.requireNonNull(value);
            return this;
        }

        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value);
            return this;
        }

        public Builder rateLimit(RateLimit value) {
            this.rateLimit = Objects.requireNonNull(value);
            this.rateLimited = true;
            return this;
        }

        public Builder withoutRateLimit() {
            this.rateLimited = false;
            return this;
        }

        public Builder listener(CallListener value) {
            this.listener = Objects.requireNonNull(value);
            return this;
        }

        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value);
            return this;
        }

        /** Time source of the rate limiter, in nanoseconds. */
        public Builder nanoClock(LongSupplier value) {
            this.nanoClock = Objects.requireNonNull(value);
            return this;
        }

        /** A preconfigured client (proxy, TLS); otherwise one is built with {@code connectTimeout}. */
        public Builder httpClient(HttpClient value) {
            this.httpClient = value;
            return this;
        }

        public ClientSettings build() {
            return new ClientSettings(this);
        }
    }
}
