package io.pteroca.panel.payment;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An admin removes a customer's saved card (a payments change): Stripe forgets it first, as when the customer removes
 * it, and the audit log keeps who removed which card.
 */
@Controller
class AdminSavedCardController {

    private final SavedCards cards;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    AdminSavedCardController(SavedCards cards, Accounts accounts, ApplicationEventPublisher events) {
        this.cards = cards;
        this.accounts = accounts;
        this.events = events;
    }

    @PostMapping("/admin/payments/cards/{id}/remove")
    String remove(@PathVariable long id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        long owner = cards.ownerOf(id).orElseThrow(() -> Refusal.notFound("card.notFound"));
        try {
            SavedCardView removed = cards.remove(owner, id);
            events.publishEvent(new AuditEvent("admin_removed_card", CurrentUser.id(admin), admin.getName(), owner,
                    accounts.find(owner).map(AccountView::email).orElse(null), request.getRemoteAddr(),
                    removed.label() + " " + removed.expiry()));
            redirect.addFlashAttribute("success", "card.removed");
        } catch (Refusal refused) {
            if (refused.status().value() == 404) {
                throw refused;
            }
            redirect.addFlashAttribute("error", refused.messageKey());
        }
        return "redirect:/admin/users/" + owner;
    }
}
