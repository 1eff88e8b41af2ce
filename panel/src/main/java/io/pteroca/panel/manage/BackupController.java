package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import java.util.List;
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

    BackupController(Servers servers, Backups backups) {
        this.servers = servers;
        this.backups = backups;
    }

    @GetMapping("/servers/{id}/backups")
    String list(@PathVariable long id, Authentication user, Model model) {
        ServerView server = servers.forPage(user, id);
        model.addAttribute("server", server);
        model.addAttribute("backups", TabActions.load(model, () -> backups.list(server, CurrentUser.id(user)), List.of()));
        return "manage/backups";
    }

    @PostMapping("/servers/{id}/backups")
    String create(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String ignored, Authentication user, RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        return TabActions.perform("/servers/" + server.id() + "/backups", redirect, () -> {
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
        return TabActions.perform("/servers/" + server.id() + "/backups", redirect, () -> {
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
        try {
            return "redirect:" + backups.downloadUrl(server, CurrentUser.id(user), checked(backup));
        } catch (Refusal refused) {
            if (refused.endsThePage()) {
                throw refused;
            }
            redirect.addFlashAttribute("error", refused.messageKey());
        } catch (PterodactylFailure failed) {
            redirect.addFlashAttribute("error", "server.pterodactylUnreachable");
        }
        return "redirect:/servers/" + id + "/backups";
    }


    private static String checked(String backup) {
        if (!backup.matches(UUID)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return backup;
    }
}
