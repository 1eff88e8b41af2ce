package io.pteroca.panel.web;

import io.pteroca.panel.account.Permission;
import io.pteroca.panel.account.StaffPermissions;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Every admin page shows only the actions its viewer may take, decided by the same route table the server enforces:
 * a form that posts to an admin route the viewer lacks the permission for is made inert and hidden (panel.css), or,
 * when it shows a record ({@code data-readable}), kept readable without its buttons. No page repeats the check.
 */
@Component
class AdminFormsDialect extends AbstractProcessorDialect {

    /** After the standard dialect, so th:action has already written the form's action. */
    private static final int PRECEDENCE = StandardDialect.PROCESSOR_PRECEDENCE + 1000;
    static final String NOT_ALLOWED = "data-not-allowed";

    private final StaffPermissions permissions;

    AdminFormsDialect(StaffPermissions permissions) {
        super("Admin forms", "admin", PRECEDENCE);
        this.permissions = permissions;
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new FormProcessor(dialectPrefix));
    }

    private final class FormProcessor extends AbstractElementTagProcessor {

        FormProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, "form", false, null, false, PRECEDENCE);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler form) {
            String method = tag.getAttributeValue("method");
            String action = tag.getAttributeValue("action");
            if (method == null || !method.equalsIgnoreCase("post") || action == null) {
                return;
            }
            Optional<String> path = adminPath(action);
            if (path.isEmpty()) {
                return;
            }
            Optional<Permission> needed = AdminRoutes.required("POST", path.get());
            if (needed.isEmpty() || !permissions.may(SecurityContextHolder.getContext().getAuthentication(), needed.get())) {
                form.setAttribute("inert", "");
                form.setAttribute(NOT_ALLOWED, "");
            }
        }
    }

    /** The action's path inside the panel when it is an admin route, without the context path and query. */
    private static Optional<String> adminPath(String action) {
        String path = action.contains("?") ? action.substring(0, action.indexOf('?')) : action;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            String contextPath = request.getRequest().getContextPath();
            if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
                path = path.substring(contextPath.length());
            }
        }
        boolean guarded = path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/actuator/");
        return guarded ? Optional.of(path) : Optional.empty();
    }
}
