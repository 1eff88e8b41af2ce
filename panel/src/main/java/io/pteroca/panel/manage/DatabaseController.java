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

/** The databases tab of a server; credentials are shown only when asked for, to those allowed to see them. */
@Controller
class DatabaseController {

    private final Servers servers;
    private final Databases databases;
    private final TabActions tabs;

    DatabaseController(Servers servers, Databases databases, TabActions tabs) {
        this.servers = servers;
        this.databases = databases;
        this.tabs = tabs;
    }

    @GetMapping("/servers/{id}/databases")
    String list(@PathVariable long id, @RequestParam(defaultValue = "false") boolean passwords, Authentication user,
                Model model) {
        ServerView server = tabs.open(user, id, model);
        model.addAttribute("passwords", passwords);
        model.addAttribute("databases",
                tabs.load(server, model, () -> databases.list(server, CurrentUser.id(user), passwords), null));
        return "manage/databases";
    }

    @PostMapping("/servers/{id}/databases")
    String create(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String remote, Authentication user, RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        return tabs.perform(server, "/servers/" + id + "/databases", redirect, () -> {
            databases.create(server, CurrentUser.id(user), name, remote);
            return "database.created";
        });
    }

    @PostMapping("/servers/{id}/databases/{database}/{action:rotate|delete}")
    String change(@PathVariable long id, @PathVariable String database, @PathVariable String action, Authentication user,
                  RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        if (!database.matches("[A-Za-z0-9]{1,32}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return tabs.perform(server, "/servers/" + id + "/databases", redirect,
                () -> {
                    if (action.equals("rotate")) {
                        databases.rotate(server, CurrentUser.id(user), database);
                        return "database.rotated";
                    }
                    databases.delete(server, CurrentUser.id(user), database);
                    return "database.deleted";
                });
    }
}
