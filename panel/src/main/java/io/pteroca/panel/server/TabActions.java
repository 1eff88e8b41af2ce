package io.pteroca.panel.server;

import io.pteroca.pterodactyl.error.PterodactylApiException;
import io.pteroca.pterodactyl.error.PterodactylException;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How a server tab answers an action: its success message, our refusal, Pterodactyl's refusal, or 403. */
final class TabActions {

    private TabActions() {
    }

    /** Runs the action (it returns its success message key) and redirects back to the tab. */
    static String perform(String tabUrl, RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("success", action.get());
        } catch (OrderRefused refused) {
            forbiddenIfSo(refused);
            redirect.addFlashAttribute("error", refused.getMessage());
            if (refused.args().length > 0) {
                redirect.addFlashAttribute("errorArgs", refused.args());
            }
        } catch (PterodactylApiException refusedThere) {
            // Pterodactyl's own rules (a locked backup, its limit, a throttle): its words are plain text, shown escaped.
            redirect.addFlashAttribute("pterodactylError", refusedThere.detail());
        } catch (PterodactylException unreachable) {
            redirect.addFlashAttribute("error", "server.pterodactylUnreachable");
        }
        return "redirect:" + tabUrl;
    }

    /**
     * Reads what a tab shows; on our refusal or an unreachable Pterodactyl the page gets the error and the fallback
     * (a missing permission is a 403).
     */
    static <T> T load(Model model, Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (OrderRefused refused) {
            forbiddenIfSo(refused);
            model.addAttribute("error", refused.getMessage());
        } catch (PterodactylException unreachable) {
            model.addAttribute("error", "server.pterodactylUnreachable");
        }
        return fallback;
    }

    /** A permission the account lacks is a 403, before anything reaches Pterodactyl. */
    static void forbiddenIfSo(OrderRefused refused) {
        if ("server.forbidden".equals(refused.getMessage())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
