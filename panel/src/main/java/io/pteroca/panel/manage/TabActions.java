package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.pterodactyl.PterodactylRefused;
import io.pteroca.panel.shared.Refusal;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a server tab answers: an action's success message, our refusal, or Pterodactyl's refusal, shown on the tab.
 * A refusal that ends the page (a missing permission) goes on to the error page; one about a form field goes back
 * to the form that can show it.
 */
final class TabActions {

    private TabActions() {
    }

    /** Runs the action (it returns its success message key) and redirects back to the tab. */
    static String perform(String tabUrl, RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("success", action.get());
        } catch (Refusal refused) {
            if (refused.endsThePage() || refused.field() != null) {
                throw refused;
            }
            redirect.addFlashAttribute("error", refused.messageKey());
            if (refused.args().length > 0) {
                redirect.addFlashAttribute("errorArgs", refused.args());
            }
        } catch (PterodactylRefused refusedThere) {
            // Pterodactyl's own rules (a locked backup, its limit, a throttle): its words are plain text, shown escaped.
            redirect.addFlashAttribute("pterodactylError", refusedThere.reason());
        } catch (PterodactylFailure unreachable) {
            redirect.addFlashAttribute("error", "server.pterodactylUnreachable");
        }
        return "redirect:" + tabUrl;
    }

    /** Reads what a tab shows; on our refusal or an unreachable Pterodactyl the page gets the error and the fallback. */
    static <T> T load(Model model, Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (Refusal refused) {
            if (refused.endsThePage()) {
                throw refused;
            }
            model.addAttribute("error", refused.messageKey());
        } catch (PterodactylFailure unreachable) {
            model.addAttribute("error", "server.pterodactylUnreachable");
        }
        return fallback;
    }
}
