package io.pteroca.pterodactyl.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One budget per (panel URL, API key), shared by every client instance in the JVM, because the panel
 * counts per user and several client objects may be built for the same key. The key is stored hashed.
 */
public final class RateLimiterRegistry {

    private static final Map<String, CallBudget> BUDGETS = new ConcurrentHashMap<>();

    private RateLimiterRegistry() {
    }

    /** The shared budget; the first caller's limit and clock win. */
    public static CallBudget budgetFor(URI panelUrl, String apiKey, RateLimit limit, LongSupplier nanoClock) {
        return BUDGETS.computeIfAbsent(registryKey(panelUrl, apiKey), key -> new CallBudget(limit, nanoClock));
    }

    static String registryKey(URI panelUrl, String apiKey) {
        String url = panelUrl.toString().toLowerCase(java.util.Locale.ROOT).replaceAll("/+$", "");
        return url + "#" + sha256(apiKey == null ? "" : apiKey);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
