package io.pteroca.panel.demo;

import io.pteroca.panel.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The stand-in's checkout page, where Stripe's would be: Pay marks the session paid, sends the signed webhook, and returns
 * the visitor to the panel's return URL; in setup mode the visitor picks one of Stripe's test cards instead, which is
 * saved for their Stripe customer (and announced by the signed webhooks Stripe sends). Cancel returns to the cancel URL
 * and leaves the session open, as Stripe does.
 */
@Controller
@Profile("demo")
class DemoStripeCheckoutController {

    private final DemoStripe stripe;
    private final DemoStripeWebhooks webhooks;

    DemoStripeCheckoutController(DemoStripe stripe, DemoStripeWebhooks webhooks) {
        this.stripe = stripe;
        this.webhooks = webhooks;
    }

    @GetMapping(DemoStripe.CHECKOUT_PATH + "{id}")
    String page(@PathVariable String id, Model model) {
        DemoStripe.Session session = session(id);
        Currency currency = Currency.getInstance(session.currency().toUpperCase(Locale.ROOT));
        model.addAttribute("checkout", session);
        model.addAttribute("testCards", DemoStripe.TestCard.values());
        // Stripe counts in the currency's minor unit (1999 cents).
        model.addAttribute("amount", Money.of(BigDecimal.valueOf(session.amount(), Math.max(currency.getDefaultFractionDigits(), 0)),
                currency));
        return "demo/stripe-checkout";
    }

    @PostMapping(DemoStripe.CHECKOUT_PATH + "{id}/pay")
    String pay(@PathVariable String id, @RequestParam(required = false) String card) {
        DemoStripe.Session session = session(id);
        if (session.setup()) {
            DemoStripe.TestCard testCard = DemoStripe.TestCard.of(card)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
            stripe.saveCard(id, testCard).ifPresent(intent -> webhooks.cardSaved(session(id), intent));
        } else if (stripe.pay(id)) {
            webhooks.completed(session(id));
        }
        return "redirect:" + session.returnUrl();
    }

    @PostMapping(DemoStripe.CHECKOUT_PATH + "{id}/cancel")
    String cancel(@PathVariable String id) {
        return "redirect:" + session(id).cancelUrl();
    }

    private DemoStripe.Session session(String id) {
        return stripe.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
