package io.pteroca.panel.announcement;

import io.pteroca.panel.account.AccountSecurity;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the announcements a signed-in account should see in every page's model; the layout shows them on top. */
@ControllerAdvice
class AnnouncementBanner {

    private final Announcements announcements;

    AnnouncementBanner(Announcements announcements) {
        this.announcements = announcements;
    }

    /** Only for whole pages: form posts redirect and htmx fragments have no layout, so they skip the queries. */
    @ModelAttribute("announcements")
    List<AnnouncementView> announcements(Authentication authentication, jakarta.servlet.http.HttpServletRequest request) {
        Long accountId = AccountSecurity.accountId(authentication);
        boolean wholePage = "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null;
        return accountId == null || !wholePage ? List.of() : announcements.shownTo(accountId);
    }
}
