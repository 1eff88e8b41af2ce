package io.pteroca.panel.order;

import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Renew" on a server's page: one period paid from the owner's wallet (or a subuser's own, when they say so). */
@Controller
class RenewalController {

    private final Servers servers;
    private final Renewals renewals;

    RenewalController(Servers servers, Renewals renewals) {
        this.servers = servers;
        this.renewals = renewals;
    }

    @PostMapping("/servers/{id}/renew")
    String renew(@PathVariable long id, @RequestParam(defaultValue = "") String key,
                 @RequestParam(defaultValue = "false") boolean ownWallet, Authentication user, RedirectAttributes redirect) {
        servers.forPage(user, id);
        try {
            renewals.renew(id, CurrentUser.id(user), key.matches("[A-Za-z0-9-]{8,64}") ? key : UUID.randomUUID().toString(),
                    ownWallet);
            redirect.addFlashAttribute("success", "server.renewed");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("renewError", refused.messageKey());
            redirect.addFlashAttribute("renewErrorArgs", refused.args());
        }
        return "redirect:/servers/" + id;
    }
}
