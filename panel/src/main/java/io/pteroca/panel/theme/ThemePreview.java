package io.pteroca.panel.theme;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UrlPathHelper;

/**
 * While an admin previews a theme, that admin's pages render with it; nobody else's do. The theme pages themselves
 * stay in the active theme, so a preview can always be ended from there.
 */
@Configuration(proxyBeanMethods = false)
class ThemePreview implements WebMvcConfigurer {

    static final String SESSION_ATTRIBUTE = ThemePreview.class.getName() + ".theme";
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                HttpSession session = request.getSession(false);
                Object previewed = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
                if (previewed instanceof String theme && request.isUserInRole("ADMIN")
                        && !PATHS.getPathWithinApplication(request).startsWith(AdminThemeController.PATH)) {
                    request.setAttribute(ThemeSelection.PREVIEW, theme);
                }
                return true;
            }
        });
    }
}
