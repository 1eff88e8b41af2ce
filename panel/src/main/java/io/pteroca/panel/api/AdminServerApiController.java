package io.pteroca.panel.api;

import io.pteroca.panel.account.Permission;
import io.pteroca.panel.server.ServerAdministration;
import io.pteroca.panel.server.ServerFilter;
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every server, for staff: the list with the admin page's filters and more, and the admin page's actions (suspend,
 * unsuspend, paid-until, delete) done by the same server administration, with the same permissions and audit lines.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/servers", produces = "application/json")
@Tag(name = "Admin: servers", description = "Staff only: scope admin:read or admin:write, and the role's server permissions")
class AdminServerApiController {

    private final Servers servers;
    private final ServerAdministration administration;
    private final ApplicationEventPublisher events;

    AdminServerApiController(Servers servers, ServerAdministration administration, ApplicationEventPublisher events) {
        this.servers = servers;
        this.administration = administration;
        this.events = events;
    }

    @GetMapping
    @ApiAccess(value = ApiScope.ADMIN_READ, permission = Permission.SERVERS_VIEW)
    @Operation(summary = "All servers, newest first, filtered")
    ApiList<ApiJson.AdminServer> list(
            @Parameter(description = "Only servers in these states (repeat for several)") @RequestParam(required = false) List<ServerState> state,
            @Parameter(description = "Only servers of this customer (account id)") @RequestParam(required = false) Long customer,
            @Parameter(description = "Only servers of this product") @RequestParam(required = false) Long product,
            @Parameter(description = "Only servers on this Pterodactyl node") @RequestParam(required = false) Integer node,
            @Parameter(description = "Only servers paid until this moment or later (ISO 8601, UTC)", example = "2026-12-01T00:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant paidFrom,
            @Parameter(description = "Only servers paid until before this moment (ISO 8601, UTC)", example = "2027-01-01T00:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant paidUntil,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        Cursor page = Cursor.of(cursor, limit);
        if (paidFrom != null && paidUntil != null && !paidFrom.isBefore(paidUntil)) {
            throw Refusal.onField("paidUntil", "api.rangeEmpty");
        }
        ServerFilter filter = new ServerFilter(state, customer, product, node, paidFrom, paidUntil);
        return page.page(servers.search(filter, page.byId()), ApiJson.AdminServer::of, ServerView::id, null);
    }

    @GetMapping("/{id}")
    @ApiAccess(value = ApiScope.ADMIN_READ, permission = Permission.SERVERS_VIEW)
    @Operation(summary = "One server, whoever owns it")
    ApiJson.AdminServer show(@PathVariable long id) {
        return ApiJson.AdminServer.of(server(id));
    }

    @PostMapping("/{id}/suspend")
    @ApiAccess(value = ApiScope.ADMIN_WRITE, permission = Permission.SERVERS_CHANGE)
    @Operation(summary = "Suspend with a reason the customer is shown",
            description = "Paying does not lift it; only unsuspending does. A server suspended for not paying becomes the admin's suspension.")
    ApiJson.AdminServer suspend(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id,
                                @Valid @RequestBody ApiJson.SuspendRequest body, HttpServletRequest request) {
        server(id);
        administration.suspend(id, body.reason(), caller.accountId());
        audit(caller, request, "admin_suspend_server", "server " + id + ": " + body.reason().strip());
        return ApiJson.AdminServer.of(server(id));
    }

    @PostMapping("/{id}/unsuspend")
    @ApiAccess(value = ApiScope.ADMIN_WRITE, permission = Permission.SERVERS_CHANGE)
    @Operation(summary = "Lift a suspension: the server is active again")
    ApiJson.AdminServer unsuspend(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id, HttpServletRequest request) {
        server(id);
        administration.unsuspend(id, caller.accountId());
        audit(caller, request, "admin_unsuspend_server", "server " + id);
        return ApiJson.AdminServer.of(server(id));
    }

    @PutMapping("/{id}/paid-until")
    @ApiAccess(value = ApiScope.ADMIN_WRITE, permission = Permission.SERVERS_CHANGE)
    @Operation(summary = "Set the paid-until moment, free of charge",
            description = "A goodwill gesture: the customer's wallet is not touched. A future moment brings an expired server back.")
    ApiJson.AdminServer paidUntil(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id,
                                  @Valid @RequestBody ApiJson.PaidUntilRequest body, HttpServletRequest request) {
        server(id);
        administration.setExpiry(id, body.paidUntil(), caller.accountId());
        audit(caller, request, "admin_set_server_expiry",
                "server " + id + " until " + LocalDateTime.ofInstant(body.paidUntil(), ZoneOffset.UTC) + " UTC");
        return ApiJson.AdminServer.of(server(id));
    }

    @DeleteMapping("/{id}")
    @ApiAccess(value = ApiScope.ADMIN_WRITE, permission = Permission.SERVERS_DELETE)
    @Operation(summary = "Delete the server", description = "It is removed from Pterodactyl right after (state DELETING, then "
            + "DELETED); billing stops and paid time is not refunded.")
    ApiJson.AdminServer delete(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id, HttpServletRequest request) {
        server(id);
        administration.delete(id, caller.accountId());
        audit(caller, request, "admin_delete_server", "server " + id);
        return ApiJson.AdminServer.of(server(id));
    }

    private ServerView server(long id) {
        return servers.find(id).orElseThrow(() -> Refusal.notFound("api.notFound"));
    }

    private void audit(ApiCaller caller, HttpServletRequest request, String action, String details) {
        events.publishEvent(caller.audit(action, request.getRemoteAddr(), details));
    }
}
