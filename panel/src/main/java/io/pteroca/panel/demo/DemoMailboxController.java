package io.pteroca.panel.demo;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo mailbox: every caught e-mail, open to anyone (a visitor resetting a password is not signed in). A message's
 * HTML is shown in a sandboxed frame served with its own policy: no scripts, no plugins, its inline styles only, and its
 * links open in the whole window.
 */
@Controller
@Profile("demo")
class DemoMailboxController {

    /**
     * The mail's own policy. The sandbox (no {@code allow-scripts}, no {@code allow-same-origin}) gives the frame a
     * unique origin without scripts; only a click may navigate the page that shows it.
     */
    static final String BODY_POLICY = "sandbox allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation; "
            + "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: https:; font-src 'none'; "
            + "form-action 'none'; base-uri 'none'; frame-ancestors 'self'";

    private final DemoMailbox mailbox;

    DemoMailboxController(DemoMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/demo/mailbox")
    String mailbox(@RequestParam(required = false) Long message, Model model) {
        var messages = mailbox.messages();
        model.addAttribute("messages", messages);
        model.addAttribute("open", message == null ? messages.stream().findFirst().orElse(null)
                : mailbox.message(message).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "demo/mailbox";
    }

    @GetMapping("/demo/mailbox/{id}/body")
    ResponseEntity<String> body(@PathVariable long id) {
        DemoMailbox.Message message = mailbox.message(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Document html = Jsoup.parse(message.html());
        // Links replace the mailbox page rather than the small frame, as they would leave a mail client.
        html.head().prependElement("base").attr("target", "_top");
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", BODY_POLICY)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html.outerHtml());
    }
}
