package io.pteroca.panel.mail;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Admin → E-mail log → Previews: every e-mail the panel sends, rendered from the active theme with made-up data, in
 * the admin's language; the HTML in a sandboxed frame, the plain text beside it. Whoever may read the e-mail log may
 * look (nothing is sent).
 */
@Controller
class AdminMailPreviewController {

    /** The frame shows the message as a mail client would: no scripts, no forms, only its own inline styles. */
    private static final String BODY_POLICY = "sandbox allow-popups allow-popups-to-escape-sandbox; default-src 'none'; "
            + "style-src 'unsafe-inline'; img-src 'self' data: https:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'";

    private final List<MailSamples> features;
    private final Mailer mailer;

    AdminMailPreviewController(List<MailSamples> features, Mailer mailer) {
        this.features = features;
        this.mailer = mailer;
    }

    @GetMapping("/admin/email-log/previews")
    String list(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("previews", samples(locale).stream()
                .map(sample -> new Preview(sample.id(), mailer.preview(sample.request()).subject())).toList());
        return "mail/admin-previews";
    }

    @GetMapping("/admin/email-log/previews/{id}")
    String show(@PathVariable String id, Model model) {
        MailSamples.MailSample sample = sample(id);
        model.addAttribute("preview", new Preview(sample.id(), null));
        model.addAttribute("mail", mailer.preview(sample.request()));
        model.addAttribute("type", sample.request().type());
        return "mail/admin-preview";
    }

    @GetMapping("/admin/email-log/previews/{id}/html")
    ResponseEntity<String> html(@PathVariable String id) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", BODY_POLICY)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(mailer.preview(sample(id).request()).html());
    }

    record Preview(String id, String subject) {
    }

    private List<MailSamples.MailSample> samples(Locale locale) {
        return features.stream().flatMap(feature -> feature.samples(locale).stream())
                .sorted(Comparator.comparing(MailSamples.MailSample::id)).toList();
    }

    private MailSamples.MailSample sample(String id) {
        return samples(LocaleContextHolder.getLocale()).stream().filter(sample -> sample.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
