package io.pteroca.plugins.discord;

import io.pteroca.plugin.Health;
import io.pteroca.plugin.HttpCall;
import io.pteroca.plugin.HttpReply;
import io.pteroca.plugin.PanelPlugin;
import io.pteroca.plugin.PluginContext;
import io.pteroca.plugin.PluginSettings;
import io.pteroca.plugin.event.PanelEvent;
import io.pteroca.plugin.event.PaymentSucceeded;
import io.pteroca.plugin.event.ServerProvisioningFailed;
import io.pteroca.plugin.event.ServerReady;
import io.pteroca.plugin.event.ServerSuspended;
import java.io.IOException;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Posts the chosen panel events to a Discord webhook. Discord limits each webhook: when an answer says the bucket
 * is empty ({@code X-RateLimit-Remaining: 0}) the next post waits {@code X-RateLimit-Reset-After}; a 429 is
 * retried after its {@code Retry-After}, twice at most. Waits are capped well inside the panel's listener time
 * limit, so a Discord outage never makes the panel stop the plugin for slowness.
 */
public class DiscordNotificationsPlugin implements PanelPlugin {

    static final long LONGEST_WAIT_MILLIS = 3_000;

    private PluginContext context;
    private PluginSettings settings;
    private volatile long notBeforeMillis;

    @Override
    public void start(PluginContext context) {
        this.context = context;
        this.settings = context.settings();
        context.subscribe(PanelEvent.class, this::maybePost);
    }

    @Override
    public Health health() {
        return settings != null && settings.isSet("webhook-url") ? Health.ok() : Health.unhealthy("No Discord webhook URL is set.");
    }

    private void maybePost(PanelEvent event) throws IOException, InterruptedException {
        String name = event.getClass().getSimpleName();
        if (!chosen().contains(name) || !settings.isSet("webhook-url")) {
            return;
        }
        post(describe(event));
    }

    private Set<String> chosen() {
        return Arrays.stream(settings.get("events").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    /** Plain text, no mentions: Discord would ping people for "@everyone" in a server name. */
    static String describe(PanelEvent event) {
        String text;
        if (event instanceof PaymentSucceeded paid) {
            text = "Payment " + paid.paymentId() + " of " + paid.amount().setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " "
                    + paid.currency() + " succeeded (" + paid.gateway() + ").";
        } else if (event instanceof ServerReady ready) {
            text = "Server " + ready.serverId() + " is ready.";
        } else if (event instanceof ServerSuspended suspended) {
            text = "Server " + suspended.serverId() + " was suspended: " + suspended.reason();
        } else if (event instanceof ServerProvisioningFailed failed) {
            text = "Server " + failed.serverId() + " could not be set up: " + failed.reason();
        } else {
            text = event.getClass().getSimpleName() + " at " + event.occurredAt();
        }
        return text.length() > 1900 ? text.substring(0, 1900) + "…" : text;
    }

    private void post(String text) throws IOException, InterruptedException {
        String body = "{\"content\":\"" + json(text) + "\",\"allowed_mentions\":{\"parse\":[]}}";
        HttpCall call = HttpCall.post(settings.get("webhook-url"), "application/json", body).timeout(Duration.ofSeconds(5));
        for (int attempt = 0; attempt < 3; attempt++) {
            waitFor(notBeforeMillis - System.currentTimeMillis());
            HttpReply reply = context.http().send(call);
            remember(reply);
            if (reply.status() != 429) {
                if (!reply.successful()) {
                    throw new IOException("Discord answered " + reply.status());
                }
                return;
            }
            waitFor(seconds(reply.header("retry-after").orElse("1")));
        }
        throw new IOException("Discord kept answering 429");
    }

    /** An empty bucket: the next post waits until it refills. */
    private void remember(HttpReply reply) {
        if ("0".equals(reply.header("x-ratelimit-remaining").orElse(""))) {
            long wait = seconds(reply.header("x-ratelimit-reset-after").orElse("1"));
            notBeforeMillis = System.currentTimeMillis() + wait;
        }
    }

    private static long seconds(String value) {
        try {
            return (long) (Double.parseDouble(value.strip()) * 1000);
        } catch (NumberFormatException e) {
            return 1000;
        }
    }

    private static void waitFor(long millis) throws InterruptedException {
        if (millis > 0) {
            Thread.sleep(Math.min(millis, LONGEST_WAIT_MILLIS));
        }
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
