package io.pteroca.panel.api;

import io.pteroca.panel.account.StaffPermissions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks every API request against its endpoint's {@link ApiAccess} before the endpoint runs: the token's scope and,
 * for admin endpoints, the holder's current staff permission (so a role edited meanwhile counts at once).
 */
@Component
class ApiAccessCheck implements HandlerInterceptor {

    private final StaffPermissions staff;
    private final ApiProblems problems;

    ApiAccessCheck(StaffPermissions staff, ApiProblems problems) {
        this.staff = staff;
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().equals(getClass().getPackageName())) {
            return true;
        }
        ApiAccess access = method.getMethodAnnotation(ApiAccess.class);
        if (!(SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof ApiCaller caller)) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.unauthorized");
            return false;
        }
        if (access == null || !allowed(caller, access)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "api.forbidden");
            return false;
        }
        return true;
    }

    boolean allowed(ApiCaller caller, ApiAccess access) {
        if (!caller.has(access.value())) {
            return false;
        }
        for (var permission : access.permission()) {
            if (!staff.may(caller.accountId(), permission)) {
                return false;
            }
        }
        return true;
    }
}
