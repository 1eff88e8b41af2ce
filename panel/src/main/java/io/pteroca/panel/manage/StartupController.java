package io.pteroca.panel.manage;

import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The startup tab of a server: variables and docker image. The startup command is only shown here. */
@Controller
class StartupController {

    private final Servers servers;
    private final StartupTab startup;
    private final TabActions tabs;

    StartupController(Servers servers, StartupTab startup, TabActions tabs) {
        this.servers = servers;
        this.startup = startup;
        this.tabs = tabs;
    }

    @GetMapping("/servers/{id}/startup")
    String show(@PathVariable long id, Authentication user, Model model) {
        ServerView server = tabs.open(user, id, model);
        model.addAttribute("startup", tabs.load(server, model, () -> startup.page(server, CurrentUser.id(user)), null));
        return "manage/startup";
    }

    @PostMapping("/servers/{id}/startup/variable")
    String variable(@PathVariable long id, @RequestParam(defaultValue = "") String key,
                    @RequestParam(defaultValue = "") String value, Authentication user, RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        return tabs.perform(server, "/servers/" + id + "/startup", redirect, () -> {
            startup.changeVariable(server, CurrentUser.id(user), key, value);
            return "startup.variableSaved";
        });
    }

    @PostMapping("/servers/{id}/startup/image")
    String image(@PathVariable long id, @RequestParam(defaultValue = "") String image, Authentication user,
                 RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        return tabs.perform(server, "/servers/" + id + "/startup", redirect, () -> {
            startup.changeImage(server, CurrentUser.id(user), image);
            return "startup.imageSaved";
        });
    }
}
