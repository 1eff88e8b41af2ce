package io.pteroca.panel.server;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.pterodactyl.SingleSignOn;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.web.FormTargets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My servers" and a server's overview: state, address, plan, expiry, renewal and auto-renew. */
@Controller
class ServerController {

    private static final Logger log = LoggerFactory.getLogger(ServerController.class);

    private final Servers servers;
    private final Provisioner provisioner;
    private final ServerPreferences preferences;
    private final PowerStates power;
    private final Subusers subusers;
    private final Accounts accounts;
    private final SingleSignOn sso;
    private final PowerControl powerControl;
    private final ServerAccess access;
    private final ServerSettings serverSettings;
    private final PterodactylAnswers answers;

    ServerController(Servers servers, Provisioner provisioner, ServerPreferences preferences,
                     PowerStates power, Subusers subusers, Accounts accounts, SingleSignOn sso,
                     PowerControl powerControl, ServerAccess access, ServerSettings serverSettings,
                     PterodactylAnswers answers) {
        this.serverSettings = serverSettings;
        this.answers = answers;
        this.access = access;
        this.sso = sso;
        this.powerControl = powerControl;
        this.power = power;
        this.subusers = subusers;
        this.accounts = accounts;
        this.servers = servers;
        this.provisioner = provisioner;
        this.preferences = preferences;
    }

    /** From our database only: listing servers never calls Pterodactyl. */
    @GetMapping("/servers")
    String list(Authentication user, Model model) {
        var owned = servers.ownedBy(CurrentUser.id(user));
        model.addAttribute("servers", owned);
        model.addAttribute("shared", servers.sharedWith(CurrentUser.id(user)));
        model.addAttribute("power", owned.stream().collect(java.util.stream.Collectors.toMap(ServerView::id,
                server -> power.known(server).orElse(""))));
        return "server/servers";
    }

    @GetMapping("/servers/{id}")
    String show(@PathVariable long id, Authentication user, Model model) {
        ServerView server = servers.forPage(user, id);
        boolean owner = server.ownerId() == CurrentUser.id(user);
        String powerState = "";
        try {
            powerState = power.refresh(server).orElse("");
            if (owner) {
                refreshSubusers(server);
            }
        } catch (PterodactylFailure failed) {
            // Say what is true (restoring, installing, gone); a server found gone is marked and read again. What was
            // seen of its power state before no longer holds.
            model.addAttribute("pterodactylProblem", answers.explain(server, failed));
            server = servers.forPage(user, id);
            powerState = "";
        }
        model.addAttribute("server", server);
        model.addAttribute("power", powerState);
        // Single sign-on lands on the viewer's own Pterodactyl user: useful to the owner and subusers, a 404 for an admin.
        model.addAttribute("sso", sso.available() && server.identifier() != null && server.state().live()
                && !server.goneFromPterodactyl()
                && access.isMember(server, CurrentUser.id(user)));
        // With Pterodactyl as the client panel, management happens there: no tabs, no power buttons here.
        boolean clientPanel = serverSettings.pterodactylIsClientPanel();
        model.addAttribute("clientPanel", clientPanel);
        java.util.Set<String> can = clientPanel ? java.util.Set.of() : access.grantedNow(server, CurrentUser.id(user));
        model.addAttribute("can", can);
        model.addAttribute("signals", PowerSignals.allowedBy(can));
        model.addAttribute("owner", owner);
        if (owner && !server.goneFromPterodactyl()) {
            model.addAttribute("subuserCount", subusers.of(id).size());
        }
        model.addAttribute("log", access.visibleHistory(server, CurrentUser.id(user), servers.logOf(id)));
        model.addAttribute("renewKey", UUID.randomUUID().toString());
        return "server/server";
    }

    /**
     * The sharing tab: only the owner shares, so anyone else gets a 404; what Pterodactyl has is read first, and when
     * it cannot be asked, our mirror is shown with the reason.
     */
    @GetMapping("/servers/{id}/sharing")
    String sharing(@PathVariable long id, Authentication user, Model model) {
        ServerView server = servers.forPage(user, id);
        if (server.ownerId() != CurrentUser.id(user) || !server.shareable()) {
            throw Refusal.notFound("error.404");
        }
        try {
            refreshSubusers(server);
        } catch (PterodactylFailure failed) {
            model.addAttribute("pterodactylProblem", answers.explain(server, failed));
            server = servers.forPage(user, id);
        }
        model.addAttribute("server", server);
        model.addAttribute("owner", true);
        model.addAttribute("can", serverSettings.pterodactylIsClientPanel() ? java.util.Set.of()
                : access.grantedNow(server, CurrentUser.id(user)));
        model.addAttribute("subusers", subusers.of(id).stream().map(subuser -> Map.entry(subuser,
                accounts.find(subuser.accountId()).map(AccountView::email).orElse("?"))).toList());
        model.addAttribute("permissionGroups", Subusers.PERMISSIONS);
        return "server/sharing";
    }

    /**
     * Shows the owner what Pterodactyl has; if it cannot be asked now, our mirror as it stands, and Pterodactyl's
     * failure for the page to explain (a server deleted there is found here when the power state was known already).
     */
    private void refreshSubusers(ServerView server) {
        if (!ServerAccess.usable(server)) {
            return;
        }
        try {
            subusers.refresh(server.id());
        } catch (PterodactylFailure failed) {
            log.warn("Could not read the subusers of server {} from Pterodactyl: {}", server.id(), failed.toString());
            throw failed;
        }
    }

    /** Polled while the server is being set up; it also moves an installation check along when one is due. */
    @GetMapping("/servers/{id}/status")
    String status(@PathVariable long id, Authentication user, HttpServletResponse response, Model model) {
        ServerView server = servers.forPage(user, id);
        if (server.settingUp()) {
            provisioner.advance(id);
            server = servers.forPage(user, id);
        }
        if (!server.settingUp()) {
            // Set up (or failed): the whole page changes (address, renewal, auto-renew), so htmx reloads it.
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("server", server);
        return "server/server :: status";
    }

    @PostMapping("/servers/{id}/auto-renew")
    String autoRenew(@PathVariable long id, @RequestParam(defaultValue = "false") boolean on, Authentication user,
                     RedirectAttributes redirect) {
        servers.forPage(user, id);
        try {
            preferences.autoRenew(id, CurrentUser.id(user), on);
            redirect.addFlashAttribute("success", "server.autoRenewSaved");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        }
        return "redirect:/servers/" + id;
    }

    @PostMapping("/servers/{id}/power")
    String power(@PathVariable long id, @RequestParam(defaultValue = "") String signal, Authentication user,
                 RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        if (server.goneFromPterodactyl()) {
            redirect.addFlashAttribute("error", "server.gone");
            return "redirect:/servers/" + id;
        }
        try {
            powerControl.send(id, CurrentUser.id(user), signal);
            redirect.addFlashAttribute("success", "power.sent");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        } catch (PterodactylFailure failed) {
            Map.Entry<String, String> answer = answers.explain(server, failed).asAttribute();
            redirect.addFlashAttribute(answer.getKey(), answer.getValue());
        }
        return "redirect:/servers/" + id;
    }

    /** "Open in Pterodactyl": a POST (CSRF-checked) answered by a page that posts the one-time token to the addon. */
    @PostMapping("/servers/{id}/open-in-pterodactyl")
    String openInPterodactyl(@PathVariable long id, Authentication user, HttpServletRequest request, Model model,
                             RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        var handoff = server.identifier() == null ? java.util.Optional.<SingleSignOn.Handoff>empty()
                : sso.handoff(CurrentUser.id(user), "/server/" + server.identifier());
        if (handoff.isEmpty()) {
            redirect.addFlashAttribute("error", "sso.unavailable");
            return "redirect:/servers/" + id;
        }
        FormTargets.allowForThisPage(request, handoff.get().origin());
        model.addAttribute("handoff", handoff.get());
        return "server/sso";
    }
}
