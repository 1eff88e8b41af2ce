package io.pteroca.panel.theme;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * A theme's template that fails is not used again: the default's takes its place, the failure is logged once, and
 * the page or e-mail is rendered again. A template is also set aside when it turns out broken or dangerous as it is
 * loaded (see {@link ThemeTemplateResolver}). Activating or changing the theme gives its templates a new chance.
 */
@Component
public class ThemeFallback {

    private static final Logger log = LoggerFactory.getLogger(ThemeFallback.class);
    /** More than any page needs (each retry sets one more template aside), few enough to never loop. */
    private static final int ATTEMPTS = 4;

    private final ThemeSelection selection;
    private final ThemeTemplateCache cache;
    private final Set<String> broken = ConcurrentHashMap.newKeySet();

    ThemeFallback(ThemeSelection selection, ThemeTemplateCache cache) {
        this.selection = selection;
        this.cache = cache;
    }

    /** Renders, and again without each theme template that failed; at last with the default theme alone. */
    public <T> T render(Supplier<T> rendering) {
        for (int attempt = 1; attempt < ATTEMPTS; attempt++) {
            try {
                return rendering.get();
            } catch (TemplateEngineException failure) {
                if (!blame(failure)) {
                    throw failure;
                }
            }
        }
        return selection.withDefaultOnly(rendering);
    }

    boolean isBroken(Theme theme, String template) {
        return broken.contains(key(theme.name(), template));
    }

    void setAside(Theme theme, String template, String reason) {
        if (broken.add(key(theme.name(), template))) {
            log.warn("Theme {}: template {} is not used, the default theme's is shown instead: {}", theme.name(), template, reason);
            cache.clear(theme.name());
        }
    }

    @org.springframework.context.event.EventListener
    void filesChanged(ThemeFilesChanged changed) {
        forget(changed.theme());
    }

    /** Gives a theme's templates a new chance, after its files changed or it was activated again. */
    void forget(String theme) {
        broken.removeIf(entry -> entry.startsWith(theme + "/"));
        cache.clear(theme);
    }

    /** True when the failure came from a template the current theme supplies, which is then set aside. */
    private boolean blame(TemplateEngineException failure) {
        Theme theme = selection.current();
        if (theme.isDefault()) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateProcessingException processing && processing.hasTemplateName()) {
                String template = processing.getTemplateName();
                if (theme.template(template).isPresent() && !isBroken(theme, template)) {
                    setAside(theme, template, failure.getMessage());
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(String theme, String template) {
        return theme + "/" + template;
    }
}
