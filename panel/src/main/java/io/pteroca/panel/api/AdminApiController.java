package io.pteroca.panel.api;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.CustomerForm;
import io.pteroca.panel.account.Permission;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.Tokens;
import io.pteroca.panel.wallet.WalletEntryView;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.WalletSettings;
import io.pteroca.panel.wallet.Wallets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin area for scripts: each endpoint needs an admin scope and the staff permission of the admin page that
 * does the same; what happens is the admin feature's own action, audited as the token holder's.
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = "application/json")
@Tag(name = "Admin", description = "Staff only: scope admin:read or admin:write, and the staff role's permission")
class AdminApiController {

    private final Accounts accounts;
    private final Wallets wallets;
    private final WalletSettings walletSettings;
    private final Catalog catalog;
    private final IdempotentRequests idempotent;
    private final ApplicationEventPublisher events;

    AdminApiController(Accounts accounts, Wallets wallets, WalletSettings walletSettings, Catalog catalog,
                       IdempotentRequests idempotent, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.wallets = wallets;
        this.walletSettings = walletSettings;
        this.catalog = catalog;
        this.idempotent = idempotent;
        this.events = events;
    }

    @GetMapping("/users")
    @ApiAccess(value = ApiScope.ADMIN_READ, permission = Permission.USERS_VIEW)
    @Operation(summary = "Accounts, newest first")
    ApiList<ApiJson.AdminUser> users(@Parameter(description = "Part of a name or e-mail address") @RequestParam(required = false) String q,
                                     @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        Cursor page = Cursor.of(cursor, limit);
        return page.page(accounts.search(q, page.byId()), ApiJson.AdminUser::of, AccountView::id, null);
    }

    @PostMapping("/users")
    @ApiAccess(value = ApiScope.ADMIN_WRITE, permission = Permission.USERS_CHANGE)
    @Operation(summary = "Create a customer", description = "Verified at once; with invite, an e-mail lets them set a password.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Created",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ApiJson.AdminUser.class)))
    ResponseEntity<ApiJson.AdminUser> createUser(@AuthenticationPrincipal ApiCaller caller, @Valid @RequestBody ApiJson.NewUser user,
                                                 HttpServletRequest request) {
        CustomerForm form = new CustomerForm();
        form.setEmail(user.email());
        form.setFirstName(user.firstName());
        form.setLastName(user.lastName());
        form.setVerified(true);
        form.setInvite(user.invite() == null || user.invite());
        long id = accounts.createByAdmin(form, caller.accountId(), caller.email(), request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiJson.AdminUser.of(account(id)));
    }

    @PostMapping("/users/{id}/block")
    @ApiAccess(value = ApiScope.ADMIN_WRITE, permission = Permission.USERS_CHANGE)
    @Operation(summary = "Block an account: its sessions end and it cannot sign in")
    ApiJson.AdminUser block(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id, HttpServletRequest request) {
        account(id);
        accounts.blockByAdmin(id, caller.accountId(), caller.email(), request.getRemoteAddr());
        return ApiJson.AdminUser.of(account(id));
    }

    @PostMapping("/users/{id}/wallet-adjustments")
    @ApiAccess(value = ApiScope.ADMIN_WRITE, permission = Permission.WALLETS_CHANGE)
    @Operation(summary = "Credit or debit a customer's wallet, with a reason",
            description = "Goes into the ledger and the audit log. Needs an Idempotency-Key: the same key again changes the wallet once.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "The ledger entry written",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ApiJson.WalletEntry.class)))
    ResponseEntity<?> adjustWallet(@AuthenticationPrincipal ApiCaller caller, @PathVariable long id,
                                   @Parameter(description = "A new random value per adjustment, e.g. a UUID", required = true)
                                   @RequestHeader(IdempotentRequests.HEADER) String key,
                                   @Valid @RequestBody ApiJson.WalletAdjustment adjustment, HttpServletRequest request) {
        AccountView user = account(id);
        return idempotent.once(caller, key, "wallet-adjustment:" + id, adjustment, () -> {
            Money amount;
            try {
                amount = Money.parse(adjustment.amount(), walletSettings.currency()).requirePositive();
            } catch (Refusal invalid) {
                throw Refusal.onField("amount", invalid.messageKey(), invalid.args());
            }
            WalletReference reference = WalletReference.of("api", Tokens.sha256Hex(caller.accountId() + ":" + key).substring(0, 40));
            boolean credit = adjustment.direction() == ApiJson.Direction.CREDIT;
            WalletEntryView entry = credit
                    ? wallets.credit(id, amount, WalletReason.ADMIN_CREDIT, reference, adjustment.reason().strip(), caller.accountId())
                    : wallets.debit(id, amount, WalletReason.ADMIN_DEBIT, reference, adjustment.reason().strip(), caller.accountId());
            events.publishEvent(new AuditEvent(credit ? "admin_credited_wallet" : "admin_debited_wallet", caller.accountId(),
                    caller.email(), id, user.email(), request.getRemoteAddr(), entry.amount() + ": " + adjustment.reason().strip()));
            return ResponseEntity.status(HttpStatus.CREATED).body(ApiJson.WalletEntry.of(entry));
        });
    }

    @GetMapping("/products")
    @ApiAccess(value = ApiScope.ADMIN_READ, permission = Permission.PRODUCTS_VIEW)
    @Operation(summary = "All products with their current prices, inactive ones too, newest first")
    ApiList<ApiJson.Product> products(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return Cursor.of(cursor, limit).pageOfAll(catalog.allProducts(), ApiJson.Product::of, io.pteroca.panel.catalog.ProductView::id);
    }

    private AccountView account(long id) {
        return accounts.find(id).filter(account -> !account.deleted()).orElseThrow(() -> Refusal.notFound("api.notFound"));
    }
}
