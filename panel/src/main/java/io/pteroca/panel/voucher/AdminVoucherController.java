package io.pteroca.panel.voucher;

import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
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

    AdminVoucherController(Vouchers vouchers) {
        this.vouchers = vouchers;
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
    String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "BALANCE_TOP_UP") String type,
                  @RequestParam(defaultValue = "") String amount,
                  @RequestParam(defaultValue = "false") boolean newAccountsOnly,
                  @RequestParam(defaultValue = "") String minimumTopUpTotal,
                  @RequestParam(defaultValue = "") String minimumOrderAmount, @RequestParam(defaultValue = "") String expiresOn,
                  @RequestParam(defaultValue = "") String maxUses, @RequestParam(defaultValue = "") String description,
                  Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            vouchers.createByAdmin(new VoucherRequest(code, type, amount, newAccountsOnly, minimumTopUpTotal, minimumOrderAmount,
                    expiresOn, maxUses, description), CurrentUser.id(admin), admin.getName(), request.getRemoteAddr());
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
        vouchers.deactivateByAdmin(id, CurrentUser.id(admin), admin.getName(), request.getRemoteAddr());
        redirect.addFlashAttribute("success", "voucher.admin.deleted");
        return "redirect:/admin/vouchers";
    }

}
