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

/** The settings tab of a server: rename, reinstall (maybe on another egg), SFTP details. */
@Controller
class SettingsController {

    private final Servers servers;
    private final SettingsTab settings;
    private final TabActions tabs;

    SettingsController(Servers servers, SettingsTab settings, TabActions tabs) {
        this.servers = servers;
        this.settings = settings;
        this.tabs = tabs;
    }

    @GetMapping("/servers/{id}/settings")
    String show(@PathVariable long id, Authentication user, Model model) {
        ServerView server = tabs.open(user, id, model);
        model.addAttribute("maxName", SettingsTab.MAX_NAME);
        model.addAttribute("settings", tabs.load(server, model, () -> settings.page(server, CurrentUser.id(user)), null));
        return "manage/settings";
    }

    @PostMapping("/servers/{id}/settings/rename")
    String rename(@PathVariable long id, @RequestParam(defaultValue = "") String name, Authentication user,
                  RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        return tabs.perform(server, "/servers/" + id + "/settings", redirect, () -> {
            settings.rename(server, CurrentUser.id(user), name);
            return "settings.renamed";
        });
    }

    @PostMapping("/servers/{id}/settings/reinstall")
    String reinstall(@PathVariable long id, @RequestParam(defaultValue = "") String egg, Authentication user,
                     RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        return tabs.perform(server, "/servers/" + id + "/settings", redirect, () -> {
            settings.reinstall(server, CurrentUser.id(user), egg.isBlank() ? null : eggId(egg));
            return "settings.reinstalling";
        });
    }

    @PostMapping("/servers/{id}/settings/sftp-password")
    String sftpPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password,
                        @RequestParam(defaultValue = "") String confirmation, Authentication user, RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        return tabs.perform(server, "/servers/" + id + "/settings", redirect, () -> {
            settings.setSftpPassword(server, CurrentUser.id(user), password, confirmation);
            return "settings.sftpPasswordSet";
        });
    }

    /** Not a number: no egg of any product, so the service refuses it (after checking the permission). */
    private static int eggId(String egg) {
        return egg.strip().matches("\\d{1,9}") ? Integer.parseInt(egg.strip()) : -1;
    }
}
