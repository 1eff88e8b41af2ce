package io.pteroca.panel.theme;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Which theme renders now: the default while a fallback is under way, else the theme an admin previews (for that
 * admin's requests only), else the active one. Decided once per request.
 */
@Component
class ThemeSelection {

    private static final Logger log = LoggerFactory.getLogger(ThemeSelection.class);
    /** Set by {@link ThemePreview} on an admin's request while the admin previews a theme. */
    static final String PREVIEW = ThemeSelection.class.getName() + ".preview";
    private static final String CHOSEN = ThemeSelection.class.getName() + ".chosen";

    private final ThemeLibrary library;
    private final ThemeSettings settings;
    private final ThreadLocal<Boolean> defaultOnly = ThreadLocal.withInitial(() -> false);
    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    ThemeSelection(ThemeLibrary library, ThemeSettings settings) {
        this.library = library;
        this.settings = settings;
    }

    Theme current() {
        if (defaultOnly.get()) {
            return library.defaultTheme();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return active();
        }
        if (request.getAttribute(CHOSEN, RequestAttributes.SCOPE_REQUEST) instanceof Theme chosen) {
            return chosen;
        }
        Theme theme = request.getAttribute(PREVIEW, RequestAttributes.SCOPE_REQUEST) instanceof String previewed
                ? library.find(previewed).orElseGet(this::active) : active();
        request.setAttribute(CHOSEN, theme, RequestAttributes.SCOPE_REQUEST);
        return theme;
    }

    /** True while this request shows a theme other than the active one, for the admin who asked. */
    boolean previewing() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(PREVIEW, RequestAttributes.SCOPE_REQUEST) != null && !defaultOnly.get();
    }

    Theme active() {
        String name = settings.active();
        return library.find(name).orElseGet(() -> {
            if (reportedMissing.add(name)) {
                log.warn("The active theme {} is not in {}; the default theme is used until it is back", name,
                        library.directory());
            }
            return library.defaultTheme();
        });
    }

    /** Runs the rendering with the default theme only, whatever is active or previewed. */
    <T> T withDefaultOnly(Supplier<T> rendering) {
        boolean before = defaultOnly.get();
        defaultOnly.set(true);
        try {
            return rendering.get();
        } finally {
            defaultOnly.set(before);
        }
    }
}
