package io.pteroca.panel.audit;

import io.pteroca.panel.shared.PagerCounts;
import org.springframework.context.MessageSource;
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

    private static final String ACTION_PREFIX = "audit.action.";

    private final AuditLogRepository repository;
    private final MessageSource messages;
    private final PagerCounts counts;

    AdminAuditController(AuditLogRepository repository, MessageSource messages, PagerCounts counts) {
        this.repository = repository;
        this.messages = messages;
        this.counts = counts;
    }

    /** The actions the filter offers, by their names in the reader's language: every action the bundles name. */
    private java.util.Map<String, String> actions(Locale locale) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("messages", Locale.ROOT);
        java.util.Map<String, String> named = new java.util.TreeMap<>();
        bundle.keySet().stream().filter(key -> key.startsWith(ACTION_PREFIX))
                .forEach(key -> named.put(key.substring(ACTION_PREFIX.length()), messages.getMessage(key, null, locale)));
        java.util.Map<String, String> byName = new java.util.LinkedHashMap<>();
        named.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue())
                .forEach(entry -> byName.put(entry.getKey(), entry.getValue()));
        return byName;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String action,
                @RequestParam(required = false) String email,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
                @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        var entries = repository.search(
                StringUtils.hasText(action) ? action.trim() : null,
                StringUtils.hasText(email) ? "%" + email.trim().toLowerCase(Locale.ROOT) + "%" : null,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                until == null ? null : until.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE), counts);
        model.addAttribute("entries", entries);
        model.addAttribute("action", action);
        model.addAttribute("actions", actions(locale));
        model.addAttribute("email", email);
        model.addAttribute("from", from);
        model.addAttribute("until", until);
        return "audit/admin-audit";
    }
}
