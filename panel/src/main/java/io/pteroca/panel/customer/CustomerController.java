package io.pteroca.panel.customer;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin → Users → one customer: their page, closing their account, and the export of their data. */
@Controller
@RequestMapping("/admin/users/{id}")
class CustomerController {

    private final CustomerRecord records;
    private final CustomerClosing closing;
    private final ApplicationEventPublisher events;
    private final io.pteroca.panel.account.Accounts accounts;
    private final io.pteroca.panel.payment.CustomerCards cards;
    private final io.pteroca.panel.account.StaffPermissions permissions;
    private final Clock clock;

    CustomerController(CustomerRecord records, CustomerClosing closing, ApplicationEventPublisher events,
                       io.pteroca.panel.account.Accounts accounts, io.pteroca.panel.payment.CustomerCards cards,
                       io.pteroca.panel.account.StaffPermissions permissions, Clock clock) {
        this.cards = cards;
        this.permissions = permissions;
        this.records = records;
        this.accounts = accounts;
        this.closing = closing;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable long id, Authentication admin, Model model) {
        CustomerRecord.Customer customer = records.of(id, CustomerRecord.RECENT);
        model.addAttribute("user", customer.account());
        model.addAttribute("customer", customer);
        model.addAttribute("yourself", customer.account().id().equals(CurrentUser.id(admin)));
        model.addAttribute("twoFactor", records.twoFactorEnabled(id));
        model.addAttribute("staffRole", accounts.staffRole(id));
        model.addAttribute("staffRoles", accounts.staffRoles());
        // Saved cards are payment data: shown to staff who may see payments (not to Support).
        if (permissions.may(admin, io.pteroca.panel.account.Permission.PAYMENTS_VIEW)) {
            model.addAttribute("cards", cards.of(id));
        }
        return "customer/admin-user";
    }

    @PostMapping("/delete")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "REFUSE") CustomerClosing.ServerChoice servers,
                  Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            closing.close(id, servers, new CustomerClosing.Admin(CurrentUser.id(admin), admin.getName(), request.getRemoteAddr()));
        } catch (Refusal refused) {
            if (refused.status() == HttpStatus.BAD_REQUEST) {
                redirect.addFlashAttribute("error", refused.messageKey());
                return "redirect:/admin/users/" + id;
            }
            throw refused;
        }
        redirect.addFlashAttribute("success", "admin.users.deletedDone");
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable long id, Authentication admin, HttpServletRequest request) {
        CustomerRecord.Customer customer = records.of(id, CustomerRecord.EVERYTHING);
        byte[] json = CustomerExport.json(customer, clock.instant());
        String email = customer.account().email();
        events.publishEvent(new AuditEvent("admin_exported_user", CurrentUser.id(admin), admin.getName(), id, email,
                request.getRemoteAddr(), null));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("customer-" + id + ".json").build().toString())
                .body(json);
    }
}
