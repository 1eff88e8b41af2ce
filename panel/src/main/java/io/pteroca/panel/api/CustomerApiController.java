package io.pteroca.panel.api;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.CustomerOrders;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.wallet.WalletEntryView;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.Wallets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The token holder's own account, wallet, orders, and the store's catalogue. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Account", description = "The token holder's own account, wallet and orders (scope read)")
class CustomerApiController {

    private final Accounts accounts;
    private final Wallets wallets;
    private final CustomerOrders orders;
    private final Catalog catalog;

    CustomerApiController(Accounts accounts, Wallets wallets, CustomerOrders orders, Catalog catalog) {
        this.accounts = accounts;
        this.wallets = wallets;
        this.orders = orders;
        this.catalog = catalog;
    }

    @GetMapping("/account")
    @ApiAccess(ApiScope.READ)
    @Operation(summary = "The account the token belongs to")
    ApiJson.Account account(@AuthenticationPrincipal ApiCaller caller) {
        return ApiJson.Account.of(accounts.find(caller.accountId()).orElseThrow(() -> Refusal.notFound("api.notFound")));
    }

    @GetMapping("/wallet")
    @ApiAccess(ApiScope.READ)
    @Operation(summary = "Wallet balance")
    ApiJson.Wallet wallet(@AuthenticationPrincipal ApiCaller caller) {
        return new ApiJson.Wallet(ApiJson.Amount.of(wallets.balance(caller.accountId())));
    }

    @GetMapping("/wallet/entries")
    @ApiAccess(ApiScope.READ)
    @Operation(summary = "Wallet ledger, newest first", description = "Every change of the balance, with what it was for.")
    ApiList<ApiJson.WalletEntry> ledger(@AuthenticationPrincipal ApiCaller caller,
                                        @Parameter(description = "Only entries of this reason") @RequestParam(required = false) WalletReason reason,
                                        @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        Cursor page = Cursor.of(cursor, limit);
        return page.page(wallets.history(caller.accountId(), reason, page.byCreation()), ApiJson.WalletEntry::of,
                WalletEntryView::id, WalletEntryView::createdAt);
    }

    @GetMapping("/orders")
    @ApiAccess(ApiScope.READ)
    @Operation(summary = "Orders (purchases and renewals), newest first")
    ApiList<ApiJson.Order> orders(@AuthenticationPrincipal ApiCaller caller, @RequestParam(required = false) String cursor,
                                  @RequestParam(required = false) Integer limit) {
        Cursor page = Cursor.of(cursor, limit);
        return page.page(orders.of(caller.accountId(), page.byId()), ApiJson.Order::of, CustomerOrders.OrderLine::id, null);
    }

    @GetMapping("/store/products")
    @ApiAccess(ApiScope.READ)
    @Operation(summary = "Products on sale in the store, with their prices, newest first")
    ApiList<ApiJson.Product> store(@Parameter(description = "Only products of this category") @RequestParam(required = false) Long category,
                                   @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return Cursor.of(cursor, limit).pageOfAll(catalog.storeProducts(category), ApiJson.Product::of, ProductView::id);
    }
}
