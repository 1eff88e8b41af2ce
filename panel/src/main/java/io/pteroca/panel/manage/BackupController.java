package io.pteroca.panel.manage;

import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The backups tab of a server. A permission the account lacks is a 403 here, before Pterodactyl is asked. */
@Controller
class BackupController {

    private static final String UUID = "[0-9a-fA-F-]{36}";

    private final Servers servers;
    private final Backups backups;
    private final TabActions tabs;

    BackupController(Servers servers, Backups backups, TabActions tabs) {
        this.servers = servers;
        this.backups = backups;
        this.tabs = tabs;
    }

    @GetMapping("/servers/{id}/backups")
    String list(@PathVariable long id, Authentication user, Model model) {
        ServerView server = tabs.open(user, id, model);
        model.addAttribute("backups", tabs.load(server, model, () -> backups.list(server, CurrentUser.id(user)), null));
        return "manage/backups";
    }

    @PostMapping("/servers/{id}/backups")
    String create(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String ignored, Authentication user, RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        return tabs.perform(server, "/servers/" + server.id() + "/backups", redirect, () -> {
            backups.create(server, CurrentUser.id(user), name, ignored);
            return "backup.created";
        });
    }

    @PostMapping("/servers/{id}/backups/{backup}/{action:lock|restore|delete}")
    String change(@PathVariable long id, @PathVariable String backup, @PathVariable String action,
                  @RequestParam(defaultValue = "false") boolean truncate, Authentication user, RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        String uuid = checked(backup);
        long accountId = CurrentUser.id(user);
        return tabs.perform(server, "/servers/" + server.id() + "/backups", redirect, () -> {
            switch (action) {
                case "lock" -> backups.toggleLock(server, accountId, uuid);
                case "restore" -> backups.restore(server, accountId, uuid, truncate);
                default -> backups.delete(server, accountId, uuid);
            }
            return "backup." + action + "Done";
        });
    }

    @GetMapping("/servers/{id}/backups/{backup}/download")
    String download(@PathVariable long id, @PathVariable String backup, Authentication user, RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        return tabs.attempt(server, "/servers/" + id + "/backups", redirect,
                () -> "redirect:" + backups.downloadUrl(server, CurrentUser.id(user), checked(backup)));
    }

    private static String checked(String backup) {
        if (!backup.matches(UUID)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return backup;
    }
}
