package io.pteroca.panel.mail;

import java.security.Principal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Send a test e-mail" on the e-mail settings page: to the signed-in admin, with the saved settings. */
@Controller
class TestMailController {

    private final Mailer mailer;

    TestMailController(Mailer mailer) {
        this.mailer = mailer;
    }

    @PostMapping("/admin/settings/email/test")
    String sendTest(Principal admin, RedirectAttributes redirect) {
        boolean sent = mailer.sendTest(admin.getName(), LocaleContextHolder.getLocale());
        redirect.addFlashAttribute(sent ? "success" : "error", sent ? "flash.mail.testSent" : "flash.mail.testFailed");
        return "redirect:/admin/settings/email";
    }
}
