package io.pteroca.panel.wallet;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An admin credits or debits a customer's wallet, always with a reason that goes into the ledger and the audit log. */
@Controller
@RequestMapping("/admin/wallets/{userId}")
class AdminWalletController {

    private final Wallets wallets;
    private final WalletSettings settings;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    AdminWalletController(Wallets wallets, WalletSettings settings, Accounts accounts, ApplicationEventPublisher events) {
        this.wallets = wallets;
        this.settings = settings;
        this.accounts = accounts;
        this.events = events;
    }

    @GetMapping
    String show(@PathVariable long userId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("user", account(userId));
        model.addAttribute("balance", wallets.balance(userId));
        model.addAttribute("entries", wallets.history(userId, null, PageRequest.of(Math.max(page, 0), 25)));
        return "wallet/admin-wallet";
    }

    @PostMapping
    String adjust(@PathVariable long userId, @RequestParam(defaultValue = "") String amount,
                  @RequestParam(defaultValue = "credit") String direction, @RequestParam(defaultValue = "") String reason,
                  Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        AccountView user = account(userId);
        if (reason.isBlank() || reason.length() > 500) {
            redirect.addFlashAttribute("error", "wallet.admin.reasonRequired");
            return "redirect:/admin/wallets/" + userId;
        }
        try {
            Money value = Money.parse(amount, settings.currency());
            boolean credit = !"debit".equals(direction);
            WalletEntryView entry = credit
                    ? wallets.credit(userId, value, WalletReason.ADMIN_CREDIT, WalletReference.none(), reason.strip(),
                            CurrentUser.id(admin))
                    : wallets.debit(userId, value, WalletReason.ADMIN_DEBIT, WalletReference.none(), reason.strip(),
                            CurrentUser.id(admin));
            events.publishEvent(new AuditEvent(credit ? "admin_credited_wallet" : "admin_debited_wallet",
                    CurrentUser.id(admin), admin.getName(), userId, user.email(), request.getRemoteAddr(),
                    entry.amount() + ": " + reason.strip()));
            redirect.addFlashAttribute("success", "wallet.admin.done");
        } catch (Refusal invalid) {
            redirect.addFlashAttribute("error", invalid.messageKey());
        }
        return "redirect:/admin/wallets/" + userId;
    }

    private AccountView account(long userId) {
        return accounts.find(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
