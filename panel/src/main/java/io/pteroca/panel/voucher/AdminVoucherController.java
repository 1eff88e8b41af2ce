package io.pteroca.panel.voucher;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Percent;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.wallet.WalletSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create, list and retire vouchers and see who used them; every change is audited. */
@Controller
@RequestMapping("/admin/vouchers")
class AdminVoucherController {

    private final Vouchers vouchers;
    private final WalletSettings wallet;
    private final ApplicationEventPublisher events;

    AdminVoucherController(Vouchers vouchers, WalletSettings wallet, ApplicationEventPublisher events) {
        this.vouchers = vouchers;
        this.wallet = wallet;
        this.events = events;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("vouchers", vouchers.all());
        return "voucher/admin-vouchers";
    }

    @GetMapping("/{id}/usages")
    String usages(@PathVariable long id, Model model) {
        model.addAttribute("usages", vouchers.usagesOf(id));
        model.addAttribute("voucherId", id);
        return "voucher/admin-usages";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "BALANCE_TOP_UP") Voucher.Type type,
                  @RequestParam(defaultValue = "") String amount,
                  @RequestParam(defaultValue = "false") boolean newAccountsOnly,
                  @RequestParam(defaultValue = "") String minimumTopUpTotal,
                  @RequestParam(defaultValue = "") String minimumOrderAmount, @RequestParam(defaultValue = "") String expiresOn,
                  @RequestParam(defaultValue = "") String maxUses, @RequestParam(defaultValue = "") String description,
                  Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            if (!code.strip().matches("[A-Za-z0-9_-]{4,64}")) {
                throw new Refusal("voucher.admin.codeFormat");
            }
            boolean balance = type == Voucher.Type.BALANCE_TOP_UP;
            VoucherView created = vouchers.create(new VoucherForm(code, type,
                    balance ? Money.parse(amount, wallet.currency()) : null, balance ? null : Percent.parse(amount),
                    newAccountsOnly, minimumTopUpTotal.isBlank() ? null : Money.parse(minimumTopUpTotal, wallet.currency()),
                    minimumOrderAmount.isBlank() ? null : Money.parse(minimumOrderAmount, wallet.currency()),
                    expiresOn.isBlank() ? null : LocalDate.parse(expiresOn).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                    maxUses.isBlank() ? null : positiveInt(maxUses),
                    description.isBlank() ? null : description.strip().substring(0, Math.min(500, description.strip().length()))));
            events.publishEvent(new AuditEvent("admin_created_voucher", CurrentUser.id(admin), admin.getName(), null, null,
                    request.getRemoteAddr(), created.code() + " " + (balance ? created.amount() : created.percent())));
            redirect.addFlashAttribute("success", "voucher.admin.created");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        } catch (RuntimeException unparsable) {
            redirect.addFlashAttribute("error", "voucher.admin.invalid");
        }
        return "redirect:/admin/vouchers";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        vouchers.delete(id);
        events.publishEvent(new AuditEvent("admin_deleted_voucher", CurrentUser.id(admin), admin.getName(), null, null,
                request.getRemoteAddr(), "voucher " + id));
        redirect.addFlashAttribute("success", "voucher.admin.deleted");
        return "redirect:/admin/vouchers";
    }

    private static int positiveInt(String value) {
        int parsed = Integer.parseInt(value.strip());
        if (parsed < 1) {
            throw new IllegalArgumentException("at least one use");
        }
        return parsed;
    }
}
