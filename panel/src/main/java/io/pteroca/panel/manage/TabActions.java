package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.server.PterodactylAnswers;
import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a server tab opens and answers: the server with what the viewer may do on it ({@code can}, so the page offers
 * only that), an action's success message, our refusal, or what Pterodactyl's failure means (busy restoring or
 * installing, gone, its own refusal, unreachable), shown on the tab. A refusal that ends the page (a missing
 * permission) goes on to the error page; one about a form field goes back to the form that can show it.
 */
@Component
class TabActions {

    private final Servers servers;
    private final ServerAccess access;
    private final PterodactylAnswers answers;

    TabActions(Servers servers, ServerAccess access, PterodactylAnswers answers) {
        this.servers = servers;
        this.access = access;
        this.answers = answers;
    }

    /**
     * The server for a tab of this account (404 for strangers), put on the page with the permissions the viewer
     * holds on it now ({@code can}; none while it cannot be acted on).
     */
    ServerView open(Authentication user, long id, Model model) {
        ServerView server = servers.forPage(user, id);
        model.addAttribute("server", server);
        model.addAttribute("can", access.grantedNow(server, CurrentUser.id(user)));
        return server;
    }

    /** Runs the action (it returns its success message key) and redirects back to the tab. */
    String perform(ServerView server, String tabUrl, RedirectAttributes redirect, Supplier<String> action) {
        return attempt(server, tabUrl, redirect, () -> {
            redirect.addFlashAttribute("success", action.get());
            return "redirect:" + tabUrl;
        });
    }

    /** Runs the step that answers (e.g. a redirect elsewhere); when it fails, back to the tab with the reason. */
    String attempt(ServerView server, String tabUrl, RedirectAttributes redirect, Supplier<String> step) {
        try {
            return step.get();
        } catch (Refusal refused) {
            if (refused.endsThePage() || refused.field() != null) {
                throw refused;
            }
            redirect.addFlashAttribute("error", refused.messageKey());
            if (refused.args().length > 0) {
                redirect.addFlashAttribute("errorArgs", refused.args());
            }
        } catch (PterodactylFailure failed) {
            // Pterodactyl's own rules (a locked backup, its limit, a throttle) come in its words: plain text, shown escaped.
            Map.Entry<String, String> answer = answers.explain(server, failed).asAttribute();
            redirect.addFlashAttribute(answer.getKey(), answer.getValue());
        }
        return "redirect:" + tabUrl;
    }

    /**
     * Reads what a tab shows; when that fails (our refusal, the server busy or gone, Pterodactyl unreachable) the page
     * gets the reason and the fallback, which should be null so the page shows neither an empty list nor its forms.
     */
    <T> T load(ServerView server, Model model, Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (Refusal refused) {
            if (refused.endsThePage()) {
                throw refused;
            }
            model.addAttribute("error", refused.messageKey());
        } catch (PterodactylFailure failed) {
            Map.Entry<String, String> answer = answers.explain(server, failed).asAttribute();
            model.addAttribute(answer.getKey(), answer.getValue());
        }
        return fallback;
    }
}
