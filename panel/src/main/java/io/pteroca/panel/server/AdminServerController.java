package io.pteroca.panel.server;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins see every server and order and act on servers; each action is audited and never spends customer money. */
@Controller
class AdminServerController {

    private final Servers servers;
    private final ServerAdministration administration;
    private final ServerPayments payments;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final ServerImport imports;
    private final Catalog catalog;

    AdminServerController(Servers servers, ServerAdministration administration, ServerPayments payments, Accounts accounts,
                          ApplicationEventPublisher events, ServerImport imports, Catalog catalog) {
        this.imports = imports;
        this.catalog = catalog;
        this.servers = servers;
        this.administration = administration;
        this.payments = payments;
        this.accounts = accounts;
        this.events = events;
    }

    @GetMapping("/admin/servers")
    String list(@RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "0") String page, Model model) {
        ServerState chosen = Arrays.stream(ServerState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
        model.addAttribute("servers", servers.all(chosen, PageRequest.of(pageNumber(page), 50)));
        model.addAttribute("states", ServerState.values());
        model.addAttribute("state", state);
        return "server/admin-servers";
    }

    @GetMapping("/admin/servers/{id}")
    String show(@PathVariable long id, Model model) {
        ServerView server = servers.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("server", server);
        model.addAttribute("owner", accounts.find(server.ownerId()).orElse(null));
        model.addAttribute("orders", payments.of(id));
        if (server.state().live() && !server.settingUp()) {
            model.addAttribute("startup", administration.startupOf(server));
        }
        List<ServerLogEntry> log = servers.logOf(id);
        model.addAttribute("log", log);
        // Who did it, by e-mail address: an account id means nothing to the admin reading the history.
        model.addAttribute("actors", log.stream().map(ServerLogEntry::actorId).filter(java.util.Objects::nonNull).distinct()
                .flatMap(actor -> accounts.find(actor).stream()).collect(java.util.stream.Collectors.toMap(AccountView::id,
                        AccountView::email)));
        return "server/admin-server";
    }

    /** Suspends with a reason the customer is shown; paying does not lift it. */
    @PostMapping("/admin/servers/{id}/suspend")
    String suspend(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Authentication admin,
                   HttpServletRequest request, RedirectAttributes redirect) {
        return perform(id, admin, request, redirect, "admin_suspend_server", () -> {
            administration.suspend(id, reason, CurrentUser.id(admin));
            return "server " + id + ": " + reason.strip();
        });
    }

    @PostMapping("/admin/servers/{id}/{action:unsuspend|delete|retry|detach}")
    String act(@PathVariable long id, @PathVariable String action, Authentication admin, HttpServletRequest request,
               RedirectAttributes redirect) {
        long adminId = CurrentUser.id(admin);
        return perform(id, admin, request, redirect, "admin_" + action + "_server", () -> {
            switch (action) {
                case "unsuspend" -> administration.unsuspend(id, adminId);
                case "delete" -> administration.delete(id, adminId);
                case "detach" -> administration.detach(id, adminId);
                default -> administration.retryNow(id, adminId);
            }
            return "server " + id;
        });
    }

    @PostMapping("/admin/servers/{id}/owner")
    String owner(@PathVariable long id, @RequestParam(defaultValue = "") String email, Authentication admin,
                 HttpServletRequest request, RedirectAttributes redirect) {
        return perform(id, admin, request, redirect, "admin_changed_server_owner", () -> {
            administration.changeOwner(id, email, CurrentUser.id(admin));
            return "server " + id + " to " + email.strip();
        });
    }

    /** New limits for this one server (its plan as sold changes, the product does not). */
    @PostMapping("/admin/servers/{id}/build")
    String build(@PathVariable long id, HttpServletRequest request, Authentication admin, RedirectAttributes redirect) {
        return perform(id, admin, request, redirect, "admin_changed_server_build", () -> {
            ProductDefinition.Resources resources = new ProductDefinition.Resources(number(request, "memory"),
                    number(request, "swap"), number(request, "disk"), (int) number(request, "io"), (int) number(request, "cpu"),
                    blankToNull(request.getParameter("cpuPinning")));
            ProductDefinition.FeatureLimits features = new ProductDefinition.FeatureLimits((int) number(request, "databases"),
                    (int) number(request, "backups"), (int) number(request, "allocations"), (int) number(request, "schedules"));
            administration.changeBuild(id, resources, features, CurrentUser.id(admin));
            return "server " + id + ": " + resources.memory() + " MB, " + resources.disk() + " MB disk, " + resources.cpu() + " %";
        });
    }

    /** The startup command of this one server; only admins change it (subusers with startup.update cannot). */
    @PostMapping("/admin/servers/{id}/startup")
    String startup(@PathVariable long id, @RequestParam(defaultValue = "") String startup, Authentication admin,
                   HttpServletRequest request, RedirectAttributes redirect) {
        return perform(id, admin, request, redirect, "admin_changed_server_startup", () -> {
            administration.changeStartup(id, startup, CurrentUser.id(admin));
            return "server " + id + ": " + startup.strip();
        });
    }

    /** A refunded, failed server set up again as a new one, free of charge. */
    @PostMapping("/admin/servers/{id}/grant-again")
    String grantAgain(@PathVariable long id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        long[] created = new long[1];
        String page = perform(id, admin, request, redirect, "admin_granted_server_again", () -> {
            created[0] = administration.grantAgain(id, CurrentUser.id(admin));
            return "failed server " + id + " granted again as server " + created[0];
        });
        return created[0] > 0 ? "redirect:/admin/servers/" + created[0] : page;
    }

    /** Sets the expiry (UTC) for free, e.g. as a goodwill gesture; an expired or suspended server comes back. */
    @PostMapping("/admin/servers/{id}/expiry")
    String extend(@PathVariable long id, @RequestParam(defaultValue = "") String expiresAt, Authentication admin,
                  HttpServletRequest request, RedirectAttributes redirect) {
        return perform(id, admin, request, redirect, "admin_set_server_expiry", () -> {
            LocalDateTime at = LocalDateTime.parse(expiresAt.strip());
            administration.setExpiry(id, at.toInstant(ZoneOffset.UTC), CurrentUser.id(admin));
            return "server " + id + " until " + at + " UTC";
        });
    }

    /** Runs an admin action; when it works it is audited, otherwise the reason becomes the page's error. */
    private String perform(long id, Authentication admin, HttpServletRequest request, RedirectAttributes redirect,
                           String auditAction, Supplier<String> action) {
        try {
            String details = action.get();
            events.publishEvent(AuditEvent.byAdmin(auditAction, admin, request.getRemoteAddr(), details));
            redirect.addFlashAttribute("success", "admin.server.done");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
            if (refused.args().length > 0) {
                redirect.addFlashAttribute("errorArgs", refused.args());
            }
        } catch (NumberFormatException badNumber) {
            redirect.addFlashAttribute("error", "admin.server.badBuild");
        } catch (DateTimeParseException badDate) {
            redirect.addFlashAttribute("error", "admin.server.badDate");
        } catch (PterodactylFailure unreachable) {
            redirect.addFlashAttribute("error", "admin.server.pterodactylError");
        }
        return "redirect:/admin/servers/" + id;
    }

    @GetMapping("/admin/servers/import")
    String importable(Model model) {
        try {
            model.addAttribute("candidates", imports.candidates());
        } catch (PterodactylFailure unreachable) {
            model.addAttribute("candidates", List.of());
            model.addAttribute("error", "admin.server.pterodactylError");
        }
        model.addAttribute("products", catalog.allProducts());
        return "server/admin-import";
    }

    @PostMapping("/admin/servers/import")
    String importServer(@RequestParam(defaultValue = "0") String server, @RequestParam(defaultValue = "") String owner,
                        @RequestParam(defaultValue = "0") String product, @RequestParam(defaultValue = "") String paidUntil,
                        @RequestParam(defaultValue = "") String limits, @RequestParam(defaultValue = "false") boolean takeOver,
                        Authentication admin, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            ServerImport.Imported imported = imports.importServer(Integer.parseInt(server.strip()), owner,
                    Long.parseLong(product.strip()),
                    java.time.LocalDate.parse(paidUntil.strip()).atStartOfDay().toInstant(ZoneOffset.UTC), limitsChoice(limits),
                    takeOver, CurrentUser.id(admin));
            events.publishEvent(AuditEvent.byAdmin("admin_imported_server", admin, request.getRemoteAddr(),
                    "Pterodactyl server " + server + " as server " + imported.serverId() + " for " + owner.strip()
                            + (limitsChoice(limits) == ServerImport.Limits.PRODUCT ? ", product's limits" : ", its own limits")));
            if (imported.tookOverFrom() != null) {
                events.publishEvent(AuditEvent.byAdmin("admin_took_over_server", admin, request.getRemoteAddr(),
                        "Pterodactyl server " + server + " managed as " + imported.tookOverFrom() + ", now server "
                                + imported.serverId()));
            }
            redirect.addFlashAttribute("success", "import.done");
            return "redirect:/admin/servers/" + imported.serverId();
        } catch (NumberFormatException | DateTimeParseException badInput) {
            redirect.addFlashAttribute("error", "import.invalid");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
            redirect.addFlashAttribute("errorArgs", refused.args());
        } catch (PterodactylFailure unreachable) {
            redirect.addFlashAttribute("error", "admin.server.pterodactylError");
        }
        return "redirect:/admin/servers/import";
    }

    /** "product" or "server"; anything else is no choice, which the import refuses. */
    private static ServerImport.Limits limitsChoice(String value) {
        return switch (value.strip()) {
            case "product" -> ServerImport.Limits.PRODUCT;
            case "server" -> ServerImport.Limits.SERVER;
            default -> null;
        };
    }

    private static long number(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || !value.strip().matches("-?\\d{1,9}")) {
            throw new NumberFormatException(name);
        }
        return Long.parseLong(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int pageNumber(String page) {
        return page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
    }
}
