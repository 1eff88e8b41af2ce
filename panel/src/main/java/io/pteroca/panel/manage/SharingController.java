package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.server.Subusers;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner shares a server with other customers (Pterodactyl subusers), changes what they may do, or stops. */
@Controller
class SharingController {

    private final Servers servers;
    private final Subusers subusers;

    SharingController(Servers servers, Subusers subusers) {
        this.servers = servers;
        this.subusers = subusers;
    }

    @PostMapping("/servers/{id}/subusers")
    String add(@PathVariable long id, @RequestParam(defaultValue = "") String email,
               @RequestParam(defaultValue = "") List<String> permissions, Authentication user, RedirectAttributes redirect) {
        servers.forPage(user, id);
        return change(id, redirect, () -> subusers.add(id, CurrentUser.id(user), email, permissions));
    }

    @PostMapping("/servers/{id}/subusers/{accountId}")
    String change(@PathVariable long id, @PathVariable long accountId,
                  @RequestParam(defaultValue = "") List<String> permissions, Authentication user, RedirectAttributes redirect) {
        servers.forPage(user, id);
        return change(id, redirect, () -> subusers.change(id, CurrentUser.id(user), accountId, permissions));
    }

    @PostMapping("/servers/{id}/subusers/{accountId}/delete")
    String remove(@PathVariable long id, @PathVariable long accountId, Authentication user, RedirectAttributes redirect) {
        servers.forPage(user, id);
        return change(id, redirect, () -> subusers.remove(id, CurrentUser.id(user), accountId));
    }

    private String change(long id, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", "subuser.saved");
        } catch (Refusal refused) {
            if (refused.endsThePage()) {
                throw refused;
            }
            redirect.addFlashAttribute("error", refused.messageKey());
        } catch (PterodactylFailure unreachable) {
            redirect.addFlashAttribute("error", "subuser.pterodactyl");
        }
        return "redirect:/servers/" + id + "/sharing";
    }
}
