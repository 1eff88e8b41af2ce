package io.pteroca.panel.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * With "use Pterodactyl as the client panel" on, a server's management pages and actions (tabs, power) send the
 * customer back to the server page, which offers "Open in Pterodactyl". What stays here is listed: the page itself,
 * billing (renew, auto-renew), sharing and the hand-off; any other path under a server is management.
 */
@Configuration(proxyBeanMethods = false)
class ClientPanelRedirect implements WebMvcConfigurer, HandlerInterceptor {

    private static final String[] STAYS_HERE = {"/servers/*", "/servers/*/status", "/servers/*/renew",
            "/servers/*/auto-renew", "/servers/*/open-in-pterodactyl", "/servers/*/sharing", "/servers/*/subusers", "/servers/*/subusers/**"};

    private final ServerSettings settings;

    ClientPanelRedirect(ServerSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/servers/*/**").excludePathPatterns(STAYS_HERE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!settings.pterodactylIsClientPanel()) {
            return true;
        }
        String id = request.getRequestURI().substring(request.getContextPath().length()).split("/")[2];
        if (!id.matches("\\d{1,18}")) {
            return true;
        }
        String page = request.getContextPath() + "/servers/" + id;
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("error", "server.inPterodactyl");
        RequestContextUtils.saveOutputFlashMap(page, request, response);
        response.sendRedirect(page);
        return false;
    }
}
