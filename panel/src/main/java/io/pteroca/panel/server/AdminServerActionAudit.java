package io.pteroca.panel.server;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An admin may act on a customer's server from its pages as the owner would; every such change (a POST under
 * {@code /servers/{id}/}) is written to the audit log with the admin, the path and the answer's status.
 */
@Configuration(proxyBeanMethods = false)
class AdminServerActionAudit implements WebMvcConfigurer, HandlerInterceptor {

    private final ServerAccess access;
    private final GameServerRepository servers;
    private final ServerSubuserRepository subusers;
    private final ApplicationEventPublisher events;

    AdminServerActionAudit(ServerAccess access, GameServerRepository servers, ServerSubuserRepository subusers,
                           ApplicationEventPublisher events) {
        this.access = access;
        this.servers = servers;
        this.subusers = subusers;
        this.events = events;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/servers/*/**");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Long accountId = CurrentUser.id(user);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String id = path.split("/")[2];
        if (accountId == null || !id.matches("\\d{1,18}") || !access.isAdmin(accountId)) {
            return;
        }
        long serverId = Long.parseLong(id);
        boolean ownOrShared = servers.findById(serverId).map(server -> server.ownerId() == accountId).orElse(true)
                || subusers.findByServerIdAndAccountId(serverId, accountId).isPresent();
        if (!ownOrShared) {
            events.publishEvent(AuditEvent.byAdmin("admin_acted_on_server", user, request.getRemoteAddr(),
                    path + " → " + response.getStatus()));
        }
    }
}
