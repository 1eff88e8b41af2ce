package io.pteroca.panel.api;

import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.order.OrderForm;
import io.pteroca.panel.order.Renewals;
import io.pteroca.panel.server.PowerControl;
import io.pteroca.panel.server.PowerStates;
import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerPreferences;
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The token holder's servers: the ones they own or that were shared with them, and nobody else's (a stranger's server
 * is "not found", as on the pages). What may be done is decided by the server feature, as for the pages.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Servers", description = "The token holder's servers (scope read; actions need write)")
class ServerApiController {

    private final Servers servers;
    private final ServerAccess access;
    private final PowerStates power;
    private final PowerControl powerControl;
    private final ServerPreferences preferences;
    private final Renewals renewals;
    private final Checkout checkout;
    private final IdempotentRequests idempotent;

    ServerApiController(Servers servers, ServerAccess access, PowerStates power, PowerControl powerControl,
                        ServerPreferences preferences, Renewals renewals, Checkout checkout, IdempotentRequests idempotent) {
        this.servers = servers;
        this.access = access;
        this.power = power;
        this.powerControl = powerControl;
        this.preferences = preferences;
        this.renewals = renewals;
        this.checkout = checkout;
        this.idempotent = idempotent;
    }

    @GetMapping("/servers")
    @ApiAccess(ApiScope.READ)
    @Operation(summary = "Servers the token holder owns, newest first")
    ApiList<ApiJson.Server> list(@AuthenticationPrincipal ApiCaller caller,
                                 @Parameter(description = "Only servers in this state") @RequestParam(required = false) ServerState state,
                                 @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        Cursor page = Cursor.of(cursor, limit);
        return page.page(servers.ownedBy(caller.accountId(), state, page.byId()), ApiJson.Server::of, ServerView::id, null);
    }

    @GetMapping("/servers/{id}")
    @ApiAccess(ApiScope.READ)
    @Operation(summary = "One server the token holder owns or shares")
    ApiJson.Server show(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id) {
        return ApiJson.Server.of(member(caller, id));
    }

    @GetMapping("/servers/{id}/state")
    @ApiAccess(ApiScope.READ)
    @Operation(summary = "Lifecycle and power state, and the power signals the holder may send now")
    ApiJson.ServerState state(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id) {
        ServerView server = member(caller, id);
        String powerState = ServerAccess.usable(server) ? power.refresh(server).orElse(null) : null;
        return new ApiJson.ServerState(id, server.state().name(), powerState, powerControl.allowed(server, caller.accountId()));
    }

    @PostMapping("/servers/{id}/power")
    @ApiAccess(ApiScope.WRITE)
    @Operation(summary = "Send a power signal (start, stop, restart, kill)",
            description = "A subuser needs the matching Pterodactyl permission, as on the server page.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "202", description = "Sent to Pterodactyl")
    ResponseEntity<Void> power(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id,
                               @Valid @RequestBody ApiJson.PowerRequest request) {
        ServerView server = member(caller, id);
        ServerAccess.requireUsable(server);
        powerControl.send(id, caller.accountId(), request.signal().code());
        return ResponseEntity.accepted().build();
    }

    @PutMapping("/servers/{id}/auto-renew")
    @ApiAccess(ApiScope.WRITE)
    @Operation(summary = "Switch auto-renew on or off (owner only)")
    ApiJson.Server autoRenew(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id,
                             @Valid @RequestBody ApiJson.AutoRenewRequest request) {
        member(caller, id);
        preferences.autoRenew(id, caller.accountId(), request.enabled());
        return ApiJson.Server.of(member(caller, id));
    }

    @PostMapping("/servers/{id}/renew")
    @ApiAccess(ApiScope.WRITE)
    @Operation(summary = "Pay the next period from the wallet (owner only)",
            description = "Needs an Idempotency-Key: the same key again renews once and answers the same.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Renewed; the server with its new paid-until",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ApiJson.Server.class)))
    ResponseEntity<?> renew(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id,
                            @Parameter(description = "A new random value per renewal, e.g. a UUID", required = true)
                            @RequestHeader(IdempotentRequests.HEADER) String key) {
        member(caller, id);
        return idempotent.once(caller, key, "renew:" + id, Map.of(), () -> {
            renewals.renew(id, caller.accountId(), "api:" + key);
            return ResponseEntity.ok(ApiJson.Server.of(member(caller, id)));
        });
    }

    @PostMapping("/orders")
    @ApiAccess(ApiScope.WRITE)
    @Operation(summary = "Buy a server from the wallet",
            description = "Charges the wallet, then sets the server up. Needs an Idempotency-Key: the same key again buys once.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Paid; the server is being set up",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ApiJson.Server.class)))
    ResponseEntity<?> order(@AuthenticationPrincipal ApiCaller caller,
                            @Parameter(description = "A new random value per order, e.g. a UUID", required = true)
                            @RequestHeader(IdempotentRequests.HEADER) String key,
                            @Valid @RequestBody ApiJson.OrderRequest request) {
        return idempotent.once(caller, key, "order", request, () -> {
            long serverId = checkout.purchase(caller.accountId(), new OrderForm(request.productId(), request.priceId(),
                    request.eggId(), request.name(), request.slots(), Boolean.TRUE.equals(request.autoRenew()), Map.of(), request.voucherCode(),
                    "api:" + key, null, null));
            return ResponseEntity.status(HttpStatus.CREATED).body(ApiJson.Server.of(member(caller, serverId)));
        });
    }

    /** The server if the caller owns it or it was shared with them; anyone else learns nothing (404). */
    private ServerView member(ApiCaller caller, long id) {
        return servers.find(id).filter(server -> server.state() != ServerState.DELETED && access.isMember(server, caller.accountId()))
                .orElseThrow(() -> Refusal.notFound("api.notFound"));
    }
}
