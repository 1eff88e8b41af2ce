package io.pteroca.panel.mail;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.PagerCounts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AdminEmailLogController {

    private static final int PAGE_SIZE = 50;

    private final EmailLogRepository emailLog;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final PagerCounts counts;

    AdminEmailLogController(EmailLogRepository emailLog, Mailer mailer, ApplicationEventPublisher events,
                            PagerCounts counts) {
        this.emailLog = emailLog;
        this.mailer = mailer;
        this.events = events;
        this.counts = counts;
    }

    @GetMapping("/admin/email-log")
    String list(@RequestParam(required = false) EmailLogEntry.Status status,
                @RequestParam(required = false) String recipient,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", emailLog.search(status,
                StringUtils.hasText(recipient) ? "%" + recipient.trim().toLowerCase(Locale.ROOT) + "%" : null,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE), counts));
        model.addAttribute("status", status);
        model.addAttribute("recipient", recipient);
        model.addAttribute("statuses", EmailLogEntry.Status.values());
        return "mail/admin-email-log";
    }

    @PostMapping("/admin/email-log/{id}/retry")
    String retry(@PathVariable long id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        if (emailLog.existsById(id)) {
            boolean sent = mailer.retry(id);
            events.publishEvent(new AuditEvent("admin_resent_email", CurrentUser.id(admin), admin.getName(), null, null,
                    request.getRemoteAddr(), "e-mail log " + id + (sent ? " sent" : " failed again")));
            redirect.addFlashAttribute(sent ? "success" : "error", sent ? "flash.mail.retried" : "flash.mail.retryFailed");
        }
        return "redirect:/admin/email-log";
    }
}
