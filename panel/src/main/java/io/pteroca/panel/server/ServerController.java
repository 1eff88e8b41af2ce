package io.pteroca.panel.server;

import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.wallet.WalletSettings;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
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

/** "My servers" and a server's overview: state, address, plan, expiry, renewal and auto-renew. */
@Controller
class ServerController {

    private final Servers servers;
    private final Renewals renewals;
    private final Provisioner provisioner;
    private final ServerPreferences preferences;
    private final WalletSettings wallet;
    private final PowerStates power;

    ServerController(Servers servers, Renewals renewals, Provisioner provisioner, ServerPreferences preferences,
                     WalletSettings wallet, PowerStates power) {
        this.power = power;
        this.servers = servers;
        this.renewals = renewals;
        this.provisioner = provisioner;
        this.preferences = preferences;
        this.wallet = wallet;
    }

    /** From our database only: listing servers never calls Pterodactyl. */
    @GetMapping("/servers")
    String list(Authentication user, Model model) {
        var owned = servers.ownedBy(CurrentUser.id(user));
        model.addAttribute("servers", owned);
        model.addAttribute("power", owned.stream().collect(java.util.stream.Collectors.toMap(ServerView::id,
                server -> power.known(server.id()).orElse(""))));
        model.addAttribute("currency", wallet.currency());
        return "server/servers";
    }

    @GetMapping("/servers/{id}")
    String show(@PathVariable long id, Authentication user, Model model) {
        ServerView server = own(user, id);
        model.addAttribute("server", server);
        model.addAttribute("power", power.refresh(server).orElse(""));
        model.addAttribute("log", servers.logOf(id));
        model.addAttribute("currency", wallet.currency());
        model.addAttribute("renewKey", UUID.randomUUID().toString());
        return "server/server";
    }

    /** Polled while the server is being set up; it also moves an installation check along when one is due. */
    @GetMapping("/servers/{id}/status")
    String status(@PathVariable long id, Authentication user, HttpServletResponse response, Model model) {
        ServerView server = own(user, id);
        if (server.settingUp()) {
            provisioner.advance(id);
            server = own(user, id);
        }
        if (!server.settingUp()) {
            // Set up (or failed): the whole page changes (address, renewal, auto-renew), so htmx reloads it.
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("server", server);
        return "server/server :: status";
    }

    @PostMapping("/servers/{id}/renew")
    String renew(@PathVariable long id, @RequestParam(defaultValue = "") String key, Authentication user,
                 RedirectAttributes redirect) {
        own(user, id);
        try {
            renewals.renew(id, CurrentUser.id(user), key.matches("[A-Za-z0-9-]{8,64}") ? key : UUID.randomUUID().toString());
            redirect.addFlashAttribute("success", "server.renewed");
        } catch (OrderRefused refused) {
            redirect.addFlashAttribute("renewError", refused.getMessage());
            redirect.addFlashAttribute("renewErrorArgs", refused.args());
        }
        return "redirect:/servers/" + id;
    }

    @PostMapping("/servers/{id}/auto-renew")
    String autoRenew(@PathVariable long id, @RequestParam(defaultValue = "false") boolean on, Authentication user,
                     RedirectAttributes redirect) {
        own(user, id);
        preferences.autoRenew(id, CurrentUser.id(user), on);
        redirect.addFlashAttribute("success", "server.autoRenewSaved");
        return "redirect:/servers/" + id;
    }

    private ServerView own(Authentication user, long id) {
        return servers.visibleTo(CurrentUser.id(user), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
