package io.pteroca.panel.payment;

import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.RateLimiter;
import io.pteroca.panel.shared.Refusal;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account → payment methods: the customer's saved cards, adding one at Stripe, removing one, the one for auto-renewal. */
@Controller
class SavedCardController {

    private static final String PAGE = "redirect:/account/payment-methods";

    private final SavedCards cards;
    private final RenewalCharges renewalCharges;
    private final RateLimiter limiter;

    SavedCardController(SavedCards cards, RenewalCharges renewalCharges, RateLimiter limiter) {
        this.cards = cards;
        this.renewalCharges = renewalCharges;
        this.limiter = limiter;
    }

    @GetMapping("/account/payment-methods")
    String list(Authentication authentication, @RequestParam(required = false) String session, Model model) {
        long userId = CurrentUser.id(authentication);
        if (session != null) {
            // Back from Stripe: ask Stripe whether the card is saved, in case its webhook is late.
            cards.returnedFrom(userId, session);
        }
        model.addAttribute("cards", cards.of(userId));
        model.addAttribute("available", cards.available());
        return "payment/payment-methods";
    }

    @PostMapping("/account/payment-methods/add")
    String add(Authentication authentication, RedirectAttributes redirect) {
        long userId = CurrentUser.id(authentication);
        limiter.acquire("card-add:user:" + userId, 10, Duration.ofHours(1));
        try {
            // Our own page sends the browser on to Stripe (the CSP's form-action also applies to redirects).
            redirect.addFlashAttribute("checkoutUrl", cards.startAdding(userId));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        }
        return PAGE;
    }

    @PostMapping("/account/payment-methods/{id}/remove")
    String remove(Authentication authentication, @PathVariable long id, RedirectAttributes redirect) {
        try {
            cards.remove(CurrentUser.id(authentication), id);
            redirect.addFlashAttribute("success", "card.removed");
        } catch (Refusal refused) {
            if (refused.status().value() == 404) {
                throw refused;
            }
            redirect.addFlashAttribute("error", refused.messageKey());
        }
        return PAGE;
    }

    @PostMapping("/account/payment-methods/renewal")
    String chooseForRenewal(Authentication authentication, @RequestParam(required = false) Long card,
                            RedirectAttributes redirect) {
        cards.chooseForRenewal(CurrentUser.id(authentication), card);
        redirect.addFlashAttribute("success", "card.renewalSaved");
        return PAGE;
    }

    /** The link of the "confirm your payment" e-mail: sends the customer to Stripe to confirm it with their bank. */
    @GetMapping("/payments/{id}/authenticate")
    String authenticate(Authentication authentication, @PathVariable long id) {
        return "redirect:" + renewalCharges.authenticate(CurrentUser.id(authentication), id);
    }
}
