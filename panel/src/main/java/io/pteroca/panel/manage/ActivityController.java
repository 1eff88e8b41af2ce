package io.pteroca.panel.manage;

import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The activity tab: our log and Pterodactyl's activity of the server, newest first, 25 a page. */
@Controller
class ActivityController {

    private final Servers servers;
    private final ServerActivity activity;

    ActivityController(Servers servers, ServerActivity activity) {
        this.servers = servers;
        this.activity = activity;
    }

    @GetMapping("/servers/{id}/activity")
    String show(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Authentication user, Model model) {
        ServerView server = servers.forPage(user, id);
        model.addAttribute("activity", activity.page(server, CurrentUser.id(user), page));
        model.addAttribute("server", server);
        return "manage/activity";
    }
}
