package io.pteroca.plugin.web;

import java.util.Map;

/**
 * A Thymeleaf template of the jar and its model. {@code template} is relative to the jar's {@code templates/}
 * folder, without the {@code .html} suffix. The template sees the model, {@code viewer}, {@code csrf}
 * ({@code parameterName}, {@code token}), {@code base} (the plugin's base path) and {@code assets} (where its
 * static files are served); {@code #{key}} reads the jar's message bundles. Links are written with
 * {@code th:href="${base + '/greetings'}"}.
 */
public record View(String template, Map<String, Object> model) {

    public View {
        if (template == null || template.contains("..") || template.startsWith("/")) {
            throw new IllegalArgumentException("A template name is relative to templates/: " + template);
        }
        model = Map.copyOf(model);
    }

    public static View of(String template) {
        return new View(template, Map.of());
    }

    public static View of(String template, Map<String, Object> model) {
        return new View(template, model);
    }
}
