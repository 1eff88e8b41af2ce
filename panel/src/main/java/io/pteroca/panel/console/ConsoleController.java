package io.pteroca.panel.console;

import io.pteroca.panel.pterodactyl.ConsoleCredentials;
import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.server.PowerSignals;
import io.pteroca.panel.server.ServerConsoles;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.web.ConnectTargets;
import io.pteroca.panel.web.InlineStyles;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A server's console page (terminal, power buttons, live stats), the EULA acceptance, and direct-mode credentials. */
@Controller
class ConsoleController {

    private final ServerConsoles consoles;
    private final ConsoleSettings settings;
    private final io.pteroca.panel.server.Servers servers;

    ConsoleController(ServerConsoles consoles, ConsoleSettings settings, io.pteroca.panel.server.Servers servers) {
        this.servers = servers;
        this.consoles = consoles;
        this.settings = settings;
    }

    @GetMapping("/servers/{id}/console")
    String page(@PathVariable long id, Authentication user, HttpServletRequest request, Model model) {
        ServerConsoles.Console console = console(user, id);
        boolean direct = settings.direct();
        model.addAttribute("console", console);
        // The server's own header and tab bar.
        model.addAttribute("server", servers.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("can", console.permissions());
        model.addAttribute("direct", direct);
        model.addAttribute("signals", PowerSignals.allowedBy(console.permissions()));
        InlineStyles.allowForThisPage(request);
        if (console.usable() && direct) {
            try {
                ConnectTargets.allowForThisPage(request, origin(consoles.viewerCredentials(console).socket()));
            } catch (PterodactylFailure | IllegalStateException unavailable) {
                model.addAttribute("error", "console.unavailable");
            }
        }
        return "console/console";
    }

    /** Direct mode only: a token minted with the viewer's own key, so Wings enforces their permissions itself. */
    @GetMapping("/servers/{id}/console/credentials")
    ResponseEntity<Map<String, String>> credentials(@PathVariable long id, Authentication user) {
        ServerConsoles.Console console = console(user, id);
        if (!settings.direct()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!console.usable()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        try {
            ConsoleCredentials credentials = consoles.viewerCredentials(console);
            return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                    .body(Map.of("token", credentials.token(), "socket", credentials.socket()));
        } catch (PterodactylFailure | IllegalStateException unavailable) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
        }
    }

    @PostMapping("/servers/{id}/console/eula")
    String acceptEula(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        ServerConsoles.Console console = console(user, id);
        if (!console.usable()) {
            redirect.addFlashAttribute("error", "server.notNow");
            return "redirect:/servers/" + id + "/console";
        }
        try {
            if (!consoles.acceptEula(console)) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            redirect.addFlashAttribute("success", "console.eulaAccepted");
        } catch (PterodactylFailure | IllegalStateException unreachable) {
            redirect.addFlashAttribute("error", "server.pterodactylUnreachable");
        }
        return "redirect:/servers/" + id + "/console";
    }

    private ServerConsoles.Console console(Authentication user, long id) {
        return consoles.open(CurrentUser.id(user), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** ws://host:port of Wings' socket URL, for the page's connect-src. */
    private static String origin(String socket) {
        URI url = URI.create(socket);
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }
}
