package io.pteroca.panel.payment;

import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.RateLimiter;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.wallet.WalletSettings;
import java.time.Duration;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The customer's side: start a top-up, watch it until it is confirmed, see past payments. */
@Controller
class PaymentController {

    private final TopUps topUps;
    private final GatewayTopUps gateways;
    private final PaymentSettings settings;
    private final WalletSettings wallet;
    private final RateLimiter limiter;
    private final io.pteroca.panel.account.Billing billing;

    PaymentController(TopUps topUps, GatewayTopUps gateways, PaymentSettings settings, WalletSettings wallet,
                      RateLimiter limiter, io.pteroca.panel.account.Billing billing) {
        this.billing = billing;
        this.topUps = topUps;
        this.gateways = gateways;
        this.settings = settings;
        this.wallet = wallet;
        this.limiter = limiter;
    }

    @GetMapping("/wallet/top-up")
    String form(Model model) {
        return page(model, null, "");
    }

    @PostMapping("/wallet/top-up")
    String start(Authentication authentication, @RequestParam(defaultValue = "") String amount,
                 @RequestParam(defaultValue = BankTransferGateway.ID) String method,
                 @RequestParam(defaultValue = "") String voucher, Model model) {
        long userId = CurrentUser.id(authentication);
        if (billing.missingBeforePayment(userId)) {
            // Taxed invoices need the buyer's country and address before the first payment.
            return "redirect:/account/billing?required=true";
        }
        try {
            Money typed = Money.parse(amount, wallet.currency());
            limiter.acquire("top-up:user:" + userId, 20, Duration.ofHours(1));
            if (voucher.length() > 64) {
                throw new Refusal("voucher.invalid");
            }
            return "redirect:" + gateways.start(userId, typed, method, voucher);
        } catch (Refusal refused) {
            return page(model, refused, amount);
        }
    }

    @GetMapping("/payments")
    String history(Authentication authentication, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("payments", topUps.history(CurrentUser.id(authentication), null,
                PageRequest.of(Math.max(page, 0), 25)));
        return "payment/payments";
    }

    @GetMapping("/payments/{id}")
    String show(Authentication authentication, @PathVariable long id,
                @RequestParam(defaultValue = "false") boolean returned,
                @RequestParam(defaultValue = "false") boolean checkout, Model model) {
        if (returned) {
            // Back from Stripe: ask Stripe (never the browser) whether it is paid, in case the webhook is late.
            own(authentication, id);
            gateways.reconcile(id);
        }
        model.addAttribute("payment", own(authentication, id));
        model.addAttribute("followCheckout", checkout);
        model.addAttribute("instructions", settings.bankTransferInstructions());
        model.addAttribute("bank", settings.bankAccount());
        return "payment/payment";
    }

    /** Polled by the payment page (htmx) until the payment is settled. */
    @GetMapping("/payments/{id}/status")
    String status(Authentication authentication, @PathVariable long id, Model model) {
        model.addAttribute("payment", own(authentication, id));
        return "payment/payment :: status";
    }

    private PaymentView own(Authentication authentication, long id) {
        return topUps.own(CurrentUser.id(authentication), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The form, with why the last attempt was refused (shown in the form, so not as the layout's flash message). */
    private String page(Model model, Refusal refused, String amount) {
        var available = gateways.available();
        model.addAttribute("gateways", available);
        model.addAttribute("available", !available.isEmpty());
        model.addAttribute("min", settings.minTopUp());
        model.addAttribute("max", settings.maxTopUp());
        model.addAttribute("refused", refused);
        model.addAttribute("amount", amount);
        return "payment/top-up";
    }
}
