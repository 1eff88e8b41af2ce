package io.pteroca.panel.pterodactyl;

import io.pteroca.panel.account.AccountSecurity;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.pterodactyl.error.PterodactylException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin → Pterodactyl: connection test, linking status, and explicit linking of existing users. */
@Controller
@RequestMapping("/admin/pterodactyl")
class PterodactylAdminController {

    private final ConnectionCheck check;
    private final PterodactylOverview overview;
    private final PterodactylLinkRepository links;
    private final AccountLinker linker;
    private final PterodactylEmails emails;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    PterodactylAdminController(ConnectionCheck check, PterodactylOverview overview, PterodactylLinkRepository links,
                               AccountLinker linker, PterodactylEmails emails, Accounts accounts,
                               ApplicationEventPublisher events) {
        this.check = check;
        this.overview = overview;
        this.links = links;
        this.linker = linker;
        this.emails = emails;
        this.accounts = accounts;
        this.events = events;
    }

    /** One account whose link needs an admin. */
    record Attention(long accountId, String email, String status, String lastError, int attempts) {
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("status", overview.status());
        model.addAttribute("counts", Arrays.stream(PterodactylLink.Status.values())
                .collect(Collectors.toMap(Function.identity(), links::countByStatus, (a, b) -> a, java.util.LinkedHashMap::new)));
        // Waiting links that failed at least once are shown with their error too, not only counted.
        model.addAttribute("attention", links.findByStatusInOrderByUpdatedAtDesc(List.of(PterodactylLink.Status.NEEDS_LINKING,
                        PterodactylLink.Status.FAILED, PterodactylLink.Status.PENDING), Limit.of(100)).stream()
                .filter(l -> l.status() != PterodactylLink.Status.PENDING || l.lastError() != null)
                .map(l -> new Attention(l.accountId(), accounts.find(l.accountId()).map(a -> a.email()).orElse("—"),
                        l.status().name(), l.lastError(), l.attempts()))
                .toList());
        model.addAttribute("administrators", links.findByRootAdminTrue().stream()
                .map(l -> new Attention(l.accountId(), accounts.find(l.accountId()).map(a -> a.email()).orElse("—"),
                        l.status().name(), l.pterodactylUsername(), l.attempts()))
                .toList());
        return "pterodactyl/admin-pterodactyl";
    }

    @PostMapping("/administrators")
    String setAdministrator(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "true") boolean grant,
                            Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        var account = accounts.findByEmail(email);
        if (account.isEmpty()) {
            redirect.addFlashAttribute("error", "pterodactyl.link.unknownAccount");
            return "redirect:/admin/pterodactyl";
        }
        try {
            linker.setPterodactylAdministrator(account.get().id(), grant);
            audit(grant ? "pterodactyl_admin_granted" : "pterodactyl_admin_revoked", admin, account.get().id(), request, null);
            redirect.addFlashAttribute("success", grant ? "pterodactyl.admin.granted" : "pterodactyl.admin.revoked");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        } catch (PterodactylException failed) {
            redirect.addFlashAttribute("error", "pterodactyl.link.failed");
        }
        return "redirect:/admin/pterodactyl";
    }

    @PostMapping("/test")
    String test(Model model) {
        overview.forget();
        model.addAttribute("results", check.run());
        return show(model);
    }

    @PostMapping("/links/{accountId}/retry")
    String retry(@PathVariable long accountId, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        linker.retry(accountId);
        audit("pterodactyl_link_retried", admin, accountId, request, null);
        redirect.addFlashAttribute("success", "pterodactyl.link.retryScheduled");
        return "redirect:/admin/pterodactyl";
    }

    @PostMapping("/links/{accountId}/link-existing")
    String linkExisting(@PathVariable long accountId, @RequestParam(defaultValue = "false") boolean force,
                        Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            linker.linkExisting(accountId, force);
            audit("pterodactyl_user_linked", admin, accountId, request, force ? "forced (root admin)" : null);
            redirect.addFlashAttribute("success", "pterodactyl.link.done");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        } catch (PterodactylException failed) {
            redirect.addFlashAttribute("error", "pterodactyl.link.failed");
        }
        return "redirect:/admin/pterodactyl";
    }

    /** The address is held by the Pterodactyl user of another account that moved: give that user its new address. */
    @PostMapping("/links/{accountId}/free-email")
    String freeEmail(@PathVariable long accountId, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            emails.freeAddressFor(accountId);
            linker.retry(accountId);
            audit("pterodactyl_email_freed", admin, accountId, request, null);
            redirect.addFlashAttribute("success", "pterodactyl.link.freed");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        } catch (PterodactylException failed) {
            redirect.addFlashAttribute("error", "pterodactyl.link.failed");
        }
        return "redirect:/admin/pterodactyl";
    }

    private void audit(String action, Authentication admin, long accountId, HttpServletRequest request, String details) {
        events.publishEvent(new AuditEvent(action, AccountSecurity.accountId(admin), admin.getName(), accountId,
                accounts.find(accountId).map(a -> a.email()).orElse(null), request.getRemoteAddr(), details));
    }
}
