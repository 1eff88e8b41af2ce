package io.pteroca.panel.plugin;

import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.plugin.web.Viewer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;

/** The signed-in account as a plugin sees it. */
final class PluginViewer {

    private PluginViewer() {
    }

    static Viewer of(Authentication user) {
        boolean admin = user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        Long id = CurrentUser.id(user);
        return new Viewer(id == null ? 0 : id, user.getName(), admin, LocaleContextHolder.getLocale());
    }
}
