package io.pteroca.panel.order;

import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Cancel server": at the end of the paid period or now, with an optional reason for the provider. Owner only. */
@Controller
class CancellationController {

    private final ServerAccess access;
    private final OwnedServers owned;
    private final Cancellations cancellations;

    CancellationController(ServerAccess access, OwnedServers owned, Cancellations cancellations) {
        this.access = access;
        this.owned = owned;
        this.cancellations = cancellations;
    }

    @GetMapping("/servers/{id}/cancel")
    String page(@PathVariable long id, Authentication user, Model model) {
        return page(owned.forOwner(user, id), null, Cancellations.When.PERIOD_END, "", user, model);
    }

    @PostMapping("/servers/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String when,
                  @RequestParam(defaultValue = "") String reason, Authentication user, HttpServletResponse response,
                  Model model, RedirectAttributes redirect) {
        ServerView server = owned.forOwner(user, id);
        Cancellations.When chosen = "NOW".equals(when) ? Cancellations.When.NOW
                : "PERIOD_END".equals(when) ? Cancellations.When.PERIOD_END : null;
        try {
            if (chosen == null) {
                throw Refusal.onField("when", "cancel.chooseWhen");
            }
            cancellations.cancel(id, CurrentUser.id(user), chosen, reason);
        } catch (Refusal refused) {
            response.setStatus(refused.status().value());
            return page(server, refused, chosen, reason, user, model);
        }
        redirect.addFlashAttribute("success", chosen == Cancellations.When.NOW ? "cancel.doneNow" : "cancel.donePeriodEnd");
        return "redirect:/servers/" + id;
    }

    @PostMapping("/servers/{id}/cancel/keep")
    String keep(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        owned.forOwner(user, id);
        cancellations.keep(id, CurrentUser.id(user));
        redirect.addFlashAttribute("success", "cancel.kept");
        return "redirect:/servers/" + id;
    }

    private String page(ServerView server, Refusal error, Cancellations.When when, String reason, Authentication user,
                        Model model) {
        long accountId = CurrentUser.id(user);
        model.addAttribute("server", server);
        model.addAttribute("can", access.grantedNow(server, accountId));
        model.addAttribute("refund", cancellations.refundNow(server.id(), accountId));
        model.addAttribute("cancelError", error);
        model.addAttribute("when", when == null ? Cancellations.When.PERIOD_END : when);
        model.addAttribute("reason", reason);
        model.addAttribute("maxReason", Cancellations.MAX_REASON);
        return "order/cancel";
    }

}
