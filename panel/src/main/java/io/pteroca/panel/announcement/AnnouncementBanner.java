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

    @ModelAttribute("announcements")
    List<AnnouncementView> announcements(Authentication authentication) {
        Long accountId = AccountSecurity.accountId(authentication);
        return accountId == null ? List.of() : announcements.shownTo(accountId);
    }
}
