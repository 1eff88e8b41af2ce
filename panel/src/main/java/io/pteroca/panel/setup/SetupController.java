package io.pteroca.panel.setup;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.mail.MailSettings;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.pterodactyl.ConnectionCheck;
import io.pteroca.panel.pterodactyl.PterodactylSettings;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import io.pteroca.panel.setting.InvalidSettingsException;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.RateLimitExceededException;
import io.pteroca.panel.shared.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The first-run wizard: token, site, e-mail (optional), first admin. Every URL answers 404 once setup is
 * finished, and nothing but the token page works without the token.
 */
@Controller
@RequestMapping("/setup")
class SetupController {

    private static final String UNLOCKED = "pteroca.setup.unlocked";

    private final SetupState state;
    private final SiteSettings site;
    private final Settings settings;
    private final Accounts accounts;
    private final RateLimiter limiter;
    private final Mailer mailer;
    private final PterodactylSettings pterodactyl;
    private final ConnectionCheck connectionCheck;

    SetupController(SetupState state, SiteSettings site, Settings settings, Accounts accounts, RateLimiter limiter,
                    Mailer mailer, PterodactylSettings pterodactyl, ConnectionCheck connectionCheck) {
        this.mailer = mailer;
        this.pterodactyl = pterodactyl;
        this.connectionCheck = connectionCheck;
        this.state = state;
        this.site = site;
        this.settings = settings;
        this.accounts = accounts;
        this.limiter = limiter;
    }

    @ModelAttribute
    void onlyUntilFinished() {
        if (state.completed()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping
    String tokenForm(HttpSession session) {
        return unlocked(session) ? "redirect:/setup/site" : "setup/token";
    }

    @PostMapping
    String unlock(@RequestParam(defaultValue = "") String token, HttpServletRequest request, Model model) {
        try {
            limiter.acquire("setup:ip:" + request.getRemoteAddr(), 10, Duration.ofMinutes(15));
        } catch (RateLimitExceededException e) {
            model.addAttribute("error", "rateLimit.tooMany");
            return "setup/token";
        }
        if (!state.accepts(token)) {
            model.addAttribute("error", "setup.token.wrong");
            return "setup/token";
        }
        request.changeSessionId();
        request.getSession().setAttribute(UNLOCKED, Boolean.TRUE);
        return "redirect:/setup/site";
    }

    @GetMapping("/site")
    String siteForm(HttpSession session, HttpServletRequest request, Model model) {
        requireUnlocked(session);
        String suggested = site.url();
        if ("http://localhost:8080".equals(suggested)) {
            suggested = request.getScheme() + "://" + request.getServerName()
                    + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort());
        }
        model.addAttribute("url", suggested);
        model.addAttribute("title", site.title());
        model.addAttribute("language", site.defaultLocale().toLanguageTag());
        model.addAttribute("languages", SiteSettings.LANGUAGES);
        return "setup/site";
    }

    @PostMapping("/site")
    String saveSite(HttpSession session, @RequestParam(defaultValue = "") String url,
                    @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "en") String language,
                    Model model) {
        requireUnlocked(session);
        try {
            if (url.isBlank() || title.isBlank()) {
                throw new InvalidSettingsException(url.isBlank() ? Map.of("site.url", "validation.required")
                        : Map.of("site.title", "validation.required"));
            }
            site.configure(url, title, language);
        } catch (InvalidSettingsException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("url", url);
            model.addAttribute("title", title);
            model.addAttribute("language", language);
            model.addAttribute("languages", SiteSettings.LANGUAGES);
            return "setup/site";
        }
        return "redirect:/setup/mail";
    }

    @GetMapping("/mail")
    String mailForm(HttpSession session, Model model) {
        requireUnlocked(session);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("host", settings.get(MailSettings.HOST));
        values.put("port", settings.get(MailSettings.PORT));
        values.put("security", settings.get(MailSettings.SECURITY));
        values.put("username", settings.get(MailSettings.USERNAME));
        values.put("fromAddress", settings.get(MailSettings.FROM_ADDRESS));
        values.put("fromName", settings.get(MailSettings.FROM_NAME));
        model.addAttribute("mail", values);
        model.addAttribute("passwordStored", !settings.get(MailSettings.PASSWORD).isEmpty());
        return "setup/mail";
    }

    @PostMapping("/mail")
    String saveMail(HttpSession session, @RequestParam Map<String, String> form, Model model) {
        requireUnlocked(session);
        if (!form.containsKey("skip")) {
            Map<io.pteroca.panel.setting.SettingDefinition, String> values = new LinkedHashMap<>();
            values.put(MailSettings.HOST, form.getOrDefault("host", ""));
            values.put(MailSettings.PORT, form.getOrDefault("port", ""));
            values.put(MailSettings.SECURITY, form.getOrDefault("security", "starttls"));
            values.put(MailSettings.USERNAME, form.getOrDefault("username", ""));
            if (!form.getOrDefault("password", "").isEmpty()) {
                values.put(MailSettings.PASSWORD, form.get("password"));
            }
            values.put(MailSettings.FROM_ADDRESS, form.getOrDefault("fromAddress", ""));
            values.put(MailSettings.FROM_NAME, form.getOrDefault("fromName", ""));
            try {
                settings.setAll(values);
            } catch (InvalidSettingsException e) {
                model.addAttribute("errors", e.errors());
                model.addAttribute("mail", form);
                return "setup/mail";
            }
            if (form.containsKey("test")) {
                boolean sent = mailer.sendTest(form.getOrDefault("testRecipient", form.getOrDefault("fromAddress", "")), LocaleContextHolder.getLocale());
                model.addAttribute(sent ? "testSent" : "testFailed", true);
                model.addAttribute("mail", form);
                model.addAttribute("passwordStored", !settings.get(MailSettings.PASSWORD).isEmpty());
                return "setup/mail";
            }
        }
        return "redirect:/setup/pterodactyl";
    }

    @GetMapping("/pterodactyl")
    String pterodactylForm(HttpSession session) {
        requireUnlocked(session);
        return "setup/pterodactyl";
    }

    @PostMapping("/pterodactyl")
    String savePterodactyl(HttpSession session, @RequestParam(defaultValue = "") String url,
                           @RequestParam(defaultValue = "") String applicationKey, @RequestParam Map<String, String> form,
                           Model model) {
        requireUnlocked(session);
        if (form.containsKey("skip")) {
            return "redirect:/setup/payments";
        }
        model.addAttribute("url", url);
        try {
            pterodactyl.configure(url, applicationKey);
        } catch (InvalidSettingsException e) {
            model.addAttribute("errors", e.errors());
            return "setup/pterodactyl";
        }
        List<ConnectionCheck.Result> results = connectionCheck.run();
        boolean failed = results.stream().anyMatch(r -> r.outcome() == ConnectionCheck.Outcome.FAILED);
        if (form.containsKey("test") || failed) {
            model.addAttribute("results", results);
            return "setup/pterodactyl";
        }
        return "redirect:/setup/payments";
    }

    @GetMapping("/payments")
    String paymentsForm(HttpSession session) {
        requireUnlocked(session);
        return "setup/payments";
    }

    /** Optional: Stripe keys (stored encrypted) and bank transfers; both can be set later in Settings → Payments. */
    @PostMapping("/payments")
    String savePayments(HttpSession session, @RequestParam Map<String, String> form, Model model) {
        requireUnlocked(session);
        if (form.containsKey("skip")) {
            return "redirect:/setup/admin";
        }
        Map<io.pteroca.panel.setting.SettingDefinition, String> values = new LinkedHashMap<>();
        for (String key : List.of("wallet.currency", "payment.stripe.secret_key", "payment.stripe.webhook_secret")) {
            settings.definition(key).ifPresent(definition -> {
                String value = form.getOrDefault(key, "");
                if (!value.isBlank()) {
                    values.put(definition, value);
                }
            });
        }
        settings.definition("payment.stripe.enabled").ifPresent(d -> values.put(d, Boolean.toString(
                !form.getOrDefault("payment.stripe.secret_key", "").isBlank())));
        settings.definition("payment.bank_transfer.enabled").ifPresent(d -> values.put(d,
                Boolean.toString("true".equals(form.get("payment.bank_transfer.enabled")))));
        try {
            settings.setAll(values);
        } catch (InvalidSettingsException e) {
            model.addAttribute("errors", e.errors());
            return "setup/payments";
        }
        return "redirect:/setup/admin";
    }

    @GetMapping("/admin")
    String adminForm(HttpSession session) {
        requireUnlocked(session);
        return "setup/admin";
    }

    @PostMapping("/admin")
    String createAdmin(HttpSession session, @RequestParam(defaultValue = "") String email,
                       @RequestParam(defaultValue = "") String firstName, @RequestParam(defaultValue = "") String lastName,
                       @RequestParam(defaultValue = "") String password,
                       @RequestParam(defaultValue = "") String confirmPassword, Model model) {
        requireUnlocked(session);
        model.addAttribute("email", email);
        model.addAttribute("firstName", firstName);
        model.addAttribute("lastName", lastName);
        if (!password.equals(confirmPassword)) {
            model.addAttribute("error", "password.mismatch");
            return "setup/admin";
        }
        try {
            accounts.createVerified(email, firstName, lastName, password, Role.ADMIN, "setup wizard");
        } catch (IllegalArgumentException refused) {
            model.addAttribute("error", refused.getMessage());
            return "setup/admin";
        }
        state.complete();
        session.removeAttribute(UNLOCKED);
        return "redirect:/login?setupDone";
    }

    private static boolean unlocked(HttpSession session) {
        return Boolean.TRUE.equals(session.getAttribute(UNLOCKED));
    }

    private static void requireUnlocked(HttpSession session) {
        if (!unlocked(session)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
