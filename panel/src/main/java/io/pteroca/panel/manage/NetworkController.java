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

/** The network tab of a server: its ports. */
@Controller
class NetworkController {

    private final Servers servers;
    private final Network network;
    private final TabActions tabs;

    NetworkController(Servers servers, Network network, TabActions tabs) {
        this.servers = servers;
        this.network = network;
        this.tabs = tabs;
    }

    @GetMapping("/servers/{id}/network")
    String list(@PathVariable long id, Authentication user, Model model) {
        ServerView server = tabs.open(user, id, model);
        model.addAttribute("allocations", tabs.load(server, model, () -> network.list(server, CurrentUser.id(user)), null));
        return "manage/network";
    }

    @PostMapping("/servers/{id}/network")
    String add(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        return tabs.perform(server, "/servers/" + id + "/network", redirect, () -> {
            network.add(server, CurrentUser.id(user));
            return "network.added";
        });
    }

    @PostMapping("/servers/{id}/network/{allocation}/{action:notes|primary|delete}")
    String change(@PathVariable long id, @PathVariable int allocation, @PathVariable String action,
                  @RequestParam(defaultValue = "") String notes, Authentication user, RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        long accountId = CurrentUser.id(user);
        return tabs.perform(server, "/servers/" + id + "/network", redirect, () -> {
            switch (action) {
                case "notes" -> network.notes(server, accountId, allocation, notes);
                case "primary" -> network.makePrimary(server, accountId, allocation);
                default -> network.delete(server, accountId, allocation);
            }
            return "network.saved";
        });
    }
}
