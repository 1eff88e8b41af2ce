package io.pteroca.panel.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.PriceOption;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.CustomerOrders;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.wallet.WalletEntryView;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** What the API answers and accepts: plain records, money as a decimal string with its currency. */
final class ApiJson {

    private ApiJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "An amount of money: a decimal string (up to 4 places, as the ledger keeps it) and its ISO 4217 currency")
    record Amount(@Schema(example = "12.5000") String amount, @Schema(example = "USD") String currency) {
        static Amount of(Money money) {
            return money == null ? null : new Amount(money.amount().toPlainString(), money.currency().getCurrencyCode());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Account(long id, @Schema(example = "bea@example.com") String email, String firstName, String lastName,
                   @Schema(nullable = true) String language, boolean staff, boolean emailVerified, Instant createdAt) {
        static Account of(AccountView account) {
            return new Account(account.id(), account.email(), account.firstName(), account.lastName(), account.language(),
                    account.staff(), account.emailVerified(), account.createdAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AdminUser(long id, String email, String firstName, String lastName, boolean staff, boolean blocked,
                     boolean emailVerified, Instant createdAt) {
        static AdminUser of(AccountView account) {
            return new AdminUser(account.id(), account.email(), account.firstName(), account.lastName(), account.staff(),
                    account.blocked(), account.emailVerified(), account.createdAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Wallet(Amount balance) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WalletEntry(long id, @Schema(description = "Signed: credits positive, charges negative") Amount amount,
                       Amount balanceAfter, @Schema(example = "RENEWAL") String reason,
                       @Schema(nullable = true) String referenceType, @Schema(nullable = true) String referenceId,
                       @Schema(nullable = true) String note, Instant createdAt) {
        static WalletEntry of(WalletEntryView entry) {
            return new WalletEntry(entry.id(), Amount.of(entry.amount()), Amount.of(entry.balanceAfter()), entry.reason().name(),
                    entry.referenceType(), entry.referenceId(), entry.note(), entry.createdAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Order(long id, long serverId, long productId, @Schema(example = "PURCHASE") String kind,
                 @Schema(example = "PAID") String status, Amount total, @Schema(nullable = true) String voucherCode,
                 Instant createdAt) {
        static Order of(CustomerOrders.OrderLine order) {
            return new Order(order.id(), order.serverId(), order.productId(), order.kind(), order.status(),
                    Amount.of(order.total()), order.voucherCode(), order.createdAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Server(long id, long ownerId, long productId, @Schema(example = "Survival") String name,
                  @Schema(example = "ACTIVE") String state, String productName, @Schema(nullable = true) String address,
                  @Schema(nullable = true) Instant paidUntil, boolean autoRenew, boolean autoRenewAllowed,
                  Amount periodAmount, boolean renewable, Instant createdAt) {
        static Server of(ServerView server) {
            return new Server(server.id(), server.ownerId(), server.productId(), server.name(), server.state().name(),
                    server.productName(), server.address(), server.expiresAt(), server.autoRenew(), server.autoRenewAllowed(),
                    Amount.of(server.periodAmount()), server.renewable(), server.createdAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServerState(long id, @Schema(example = "ACTIVE") String state,
                       @Schema(description = "Pterodactyl's power state when it could be read", example = "running", nullable = true)
                       String power, @Schema(example = "[\"start\", \"stop\"]") List<String> signals) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Price(long id, @Schema(example = "STATIC") String kind, int period, @Schema(example = "MONTHS") String unit,
                 Amount amount) {
        static Price of(PriceOption price) {
            return new Price(price.id(), price.kind().name(), price.terms().periodValue(), price.terms().periodUnit().name(),
                    Amount.of(price.amount()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Product(long id, String name, @Schema(nullable = true) Long categoryId, @Schema(nullable = true) String shortDescription,
                   boolean active, List<Price> prices) {
        static Product of(ProductView product) {
            return new Product(product.id(), product.name(), product.categoryId(), product.shortDescription(), product.active(),
                    product.prices().stream().map(Price::of).toList());
        }
    }

    enum Signal {
        @JsonProperty("start") START, @JsonProperty("stop") STOP, @JsonProperty("restart") RESTART, @JsonProperty("kill") KILL;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PowerRequest(@NotNull(message = "api.signalRequired") @Schema(example = "restart") Signal signal) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AutoRenewRequest(@NotNull(message = "api.invalid") Boolean enabled) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OrderRequest(@NotNull(message = "api.invalid") @Schema(example = "3") Long productId,
                        @NotNull(message = "api.invalid") @Schema(example = "7") Long priceId,
                        @NotNull(message = "api.invalid") @Schema(example = "1") Integer eggId,
                        @NotBlank(message = "api.invalid") @Size(max = 100, message = "api.invalid")
                        @Schema(example = "Survival") String name,
                        @Schema(nullable = true) Integer slots, @Schema(nullable = true) Boolean autoRenew,
                        @Schema(nullable = true) String voucherCode) {
    }

    enum Direction {
        @JsonProperty("credit") CREDIT, @JsonProperty("debit") DEBIT
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WalletAdjustment(@NotBlank(message = "wallet.amount.positive") @Schema(example = "5.00") String amount,
                            @NotNull(message = "api.invalid") Direction direction,
                            @NotBlank(message = "wallet.admin.reasonRequired") @Size(max = 500, message = "wallet.admin.reasonRequired")
                            @Schema(example = "Goodwill credit for the outage") String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewUser(@NotBlank(message = "register.emailInvalid") @Size(max = 254, message = "register.emailInvalid")
                   @Schema(example = "bea@example.com") String email,
                   @NotBlank(message = "admin.users.error.firstName") @Size(max = 100, message = "admin.users.error.firstName")
                   String firstName,
                   @NotBlank(message = "admin.users.error.lastName") @Size(max = 100, message = "admin.users.error.lastName")
                   String lastName,
                   @Schema(description = "E-mail an invitation to set a password", defaultValue = "true") Boolean invite) {
    }
}
