package io.pteroca.panel.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AdminAuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditLogRepository repository;

    AdminAuditController(AuditLogRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String action,
                @RequestParam(required = false) String email,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
                @RequestParam(defaultValue = "0") int page, Model model) {
        var entries = repository.search(
                StringUtils.hasText(action) ? action.trim() : null,
                StringUtils.hasText(email) ? "%" + email.trim().toLowerCase(Locale.ROOT) + "%" : null,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                until == null ? null : until.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("entries", entries);
        model.addAttribute("action", action);
        model.addAttribute("email", email);
        model.addAttribute("from", from);
        model.addAttribute("until", until);
        return "audit/admin-audit";
    }
}
