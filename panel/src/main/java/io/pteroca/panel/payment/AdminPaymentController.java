package io.pteroca.panel.payment;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins see every payment and settle bank transfers: "received" credits exactly once, "cancel" credits nothing. */
@Controller
@RequestMapping("/admin/payments")
class AdminPaymentController {

    private final TopUps topUps;
    private final PaymentConfirmation confirmation;
    private final ApplicationEventPublisher events;
    private final Accounts accounts;
    private final GatewayTopUps gateways;
    private final PaymentAdministration administration;

    AdminPaymentController(TopUps topUps, PaymentConfirmation confirmation, ApplicationEventPublisher events, Accounts accounts,
                           GatewayTopUps gateways, PaymentAdministration administration) {
        this.administration = administration;
        this.topUps = topUps;
        this.accounts = accounts;
        this.gateways = gateways;
        this.confirmation = confirmation;
        this.events = events;
    }

    @GetMapping
    String list(@RequestParam(required = false) PaymentStatus status, @RequestParam(defaultValue = "0") int page,
                java.util.Locale locale, Model model) {
        var payments = topUps.history(null, status, PageRequest.of(Math.max(page, 0), 50));
        model.addAttribute("payments", payments);
        model.addAttribute("customers", accounts.findAll(payments.map(PaymentView::userId).toSet()));
        model.addAttribute("gatewayNames", gateways.names(locale));
        model.addAttribute("status", status);
        model.addAttribute("statuses", PaymentStatus.values());
        return "payment/admin-payments";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, java.util.Locale locale, Model model) {
        PaymentView payment = topUps.find(id)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("payment", payment);
        model.addAttribute("customer", accounts.find(payment.userId()).orElse(null));
        // A gateway whose plugin was removed since keeps its id: the only name there is.
        java.util.Map<String, String> names = gateways.names(locale);
        model.addAttribute("method", names.getOrDefault(payment.gateway(), payment.gateway()));
        model.addAttribute("settledBy", payment.settledBy() == null ? null : names.getOrDefault(payment.settledBy(), payment.settledBy()));
        return "payment/admin-payment";
    }

    @PostMapping("/{id}/received")
    String received(@PathVariable long id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        boolean credited = administration.markReceived(id, CurrentUser.id(admin), admin.getName(), request.getRemoteAddr());
        redirect.addFlashAttribute(credited ? "success" : "error", credited ? "payment.admin.credited" : "payment.admin.notPending");
        return "redirect:/admin/payments";
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        boolean closed;
        try {
            closed = confirmation.close(id, PaymentStatus.CANCELLED, admin.getName());
        } catch (IllegalArgumentException unknown) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        if (closed) {
            audit("admin_cancelled_payment", id, admin, request);
        }
        redirect.addFlashAttribute(closed ? "success" : "error", closed ? "payment.admin.cancelled" : "payment.admin.notPending");
        return "redirect:/admin/payments";
    }

    private void audit(String action, long paymentId, Authentication admin, HttpServletRequest request) {
        events.publishEvent(new AuditEvent(action, CurrentUser.id(admin), admin.getName(), null, null, request.getRemoteAddr(),
                "payment " + paymentId));
    }
}
