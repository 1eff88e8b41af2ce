package io.pteroca.panel.announcement;

import io.pteroca.panel.shared.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** A customer closes an announcement for good. */
@Controller
class AnnouncementController {

    private final Announcements announcements;

    AnnouncementController(Announcements announcements) {
        this.announcements = announcements;
    }

    @PostMapping("/announcements/{id}/dismiss")
    String dismiss(@PathVariable long id, Authentication user,
                   @RequestHeader(value = "Referer", required = false) String referer) {
        announcements.dismiss(id, CurrentUser.id(user));
        return "redirect:" + backTo(referer);
    }

    /** Back to the page the banner was on, when it is one of ours. */
    private static String backTo(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            String path = uri.getRawPath();
            return path == null || !path.startsWith("/") || path.startsWith("//") ? "/"
                    : path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
