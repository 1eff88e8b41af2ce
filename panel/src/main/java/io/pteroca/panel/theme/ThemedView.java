package io.pteroca.panel.theme;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * A page rendered through {@link ThemeFallback}: a theme template that fails while the page renders is set aside and
 * the page rendered again, before anything reached the browser (pages are rendered in full, then sent).
 */
public class ThemedView extends ThymeleafView {

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        ThemeFallback fallback = getApplicationContext().getBean(ThemeFallback.class);
        try {
            fallback.render(() -> {
                try {
                    super.render(model, request, response);
                    return null;
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new RenderingFailed(e);
                }
            });
        } catch (RenderingFailed failed) {
            throw (Exception) failed.getCause();
        }
    }

    private static final class RenderingFailed extends RuntimeException {
        RenderingFailed(Exception cause) {
            super(cause);
        }
    }
}
