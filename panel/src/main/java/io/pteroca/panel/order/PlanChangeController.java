package io.pteroca.panel.order;

import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.wallet.WalletSettings;
import io.pteroca.panel.wallet.Wallets;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Change plan" on a server: the products it can move to, the prorated quote for the one chosen, and the confirmation. */
@Controller
class PlanChangeController {

    private final Servers servers;
    private final ServerAccess access;
    private final OwnedServers owned;
    private final PlanChanges planChanges;
    private final Wallets wallets;
    private final WalletSettings walletSettings;

    PlanChangeController(Servers servers, ServerAccess access, OwnedServers owned, PlanChanges planChanges, Wallets wallets,
                         WalletSettings walletSettings) {
        this.servers = servers;
        this.access = access;
        this.owned = owned;
        this.planChanges = planChanges;
        this.wallets = wallets;
        this.walletSettings = walletSettings;
    }

    @GetMapping("/servers/{id}/change-plan")
    String page(@PathVariable long id, @RequestParam(required = false) Long product, Authentication user, Model model) {
        return page(owned.forOwner(user, id), product, null, user, model);
    }

    /** The quote for the product chosen, swapped in by htmx as the customer picks one. */
    @GetMapping("/servers/{id}/change-plan/quote")
    String quote(@PathVariable long id, @RequestParam(required = false) Long product, Authentication user, Model model) {
        ServerView server = owned.forOwner(user, id);
        quoteInto(model, server, product, CurrentUser.id(user));
        return "order/change-plan :: quote";
    }

    @PostMapping("/servers/{id}/change-plan")
    String change(@PathVariable long id, @RequestParam(required = false) Long product, @RequestParam(defaultValue = "") String key,
                  Authentication user, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ServerView server = owned.forOwner(user, id);
        try {
            if (product == null) {
                throw Refusal.onField("product", "planChange.chooseProduct");
            }
            planChanges.change(id, CurrentUser.id(user), product,
                    key.matches("[A-Za-z0-9-]{8,64}") ? key : UUID.randomUUID().toString());
        } catch (Refusal refused) {
            response.setStatus(refused.status().value());
            return page(server, product, refused, user, model);
        }
        redirect.addFlashAttribute("success", "planChange.done");
        return "redirect:/servers/" + id + "/change-plan";
    }

    /** The server's plan changes, for its page (loaded by htmx); the owner and admins see what was paid. */
    @GetMapping("/servers/{id}/plan-changes")
    String history(@PathVariable long id, Authentication user, Model model) {
        ServerView server = servers.forPage(user, id);
        if (!access.seesPayments(server, CurrentUser.id(user))) {
            throw Refusal.forbidden("planChange.ownerOnly");
        }
        model.addAttribute("changes", planChanges.history(id));
        model.addAttribute("currency", walletSettings.currency());
        return "order/change-plan :: history";
    }

    private String page(ServerView server, Long product, Refusal error, Authentication user, Model model) {
        long accountId = CurrentUser.id(user);
        List<PlanQuote> options = planChanges.options(server.id(), accountId);
        Long chosen = product != null ? product : options.isEmpty() ? null : options.get(0).productId();
        model.addAttribute("server", server);
        model.addAttribute("can", access.grantedNow(server, accountId));
        model.addAttribute("options", options);
        model.addAttribute("chosen", chosen);
        model.addAttribute("pending", planChanges.pending(server.id()));
        model.addAttribute("planError", error);
        model.addAttribute("key", UUID.randomUUID().toString());
        model.addAttribute("changes", planChanges.history(server.id()));
        model.addAttribute("currency", walletSettings.currency());
        quoteInto(model, server, chosen, accountId);
        return "order/change-plan";
    }

    private void quoteInto(Model model, ServerView server, Long product, long accountId) {
        model.addAttribute("server", server);
        model.addAttribute("balance", wallets.balance(accountId));
        if (product == null) {
            return;
        }
        try {
            model.addAttribute("quote", planChanges.quote(server.id(), accountId, product));
        } catch (Refusal refused) {
            model.addAttribute("quoteError", refused);
        }
    }

}
