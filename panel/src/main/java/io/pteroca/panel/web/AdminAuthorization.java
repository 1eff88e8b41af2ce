package io.pteroca.panel.web;

import io.pteroca.panel.account.StaffPermissions;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Lets an admin request through when the signed-in account's staff role holds the permission {@link AdminRoutes} names. */
final class AdminAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private final StaffPermissions permissions;

    AdminAuthorization(StaffPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new AuthorizationDecision(AdminRoutes.required(request.getMethod(), path)
                .map(needed -> permissions.may(authentication.get(), needed))
                .orElse(false));
    }
}
