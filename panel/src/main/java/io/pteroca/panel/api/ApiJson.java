package io.pteroca.panel.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.payment.PaymentView;
import io.pteroca.panel.voucher.VoucherView;
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

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A server as staff see it: the customer's view and how it is hosted and why it is suspended")
    record AdminServer(long id, long ownerId, long productId, @Schema(example = "Survival") String name,
                       @Schema(example = "SUSPENDED") String state, String productName,
                       @Schema(nullable = true, example = "3") Integer nodeId,
                       @Schema(nullable = true, example = "17") Integer pterodactylServerId,
                       @Schema(nullable = true, example = "node1.example.com:25565") String address,
                       @Schema(nullable = true) Instant paidUntil, boolean autoRenew, Amount periodAmount,
                       @Schema(nullable = true, example = "ADMIN") String suspensionCause,
                       @Schema(nullable = true, example = "Chargeback under review") String suspensionReason,
                       Instant createdAt) {
        static AdminServer of(ServerView server) {
            return new AdminServer(server.id(), server.ownerId(), server.productId(), server.name(), server.state().name(),
                    server.productName(), server.nodeId(), server.pterodactylServerId(), server.address(), server.expiresAt(),
                    server.autoRenew(), Amount.of(server.periodAmount()),
                    server.suspensionCause() == null ? null : server.suspensionCause().name(), server.suspensionReason(),
                    server.createdAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SuspendRequest(@NotBlank(message = "admin.server.reasonRequired") @Size(max = 500, message = "admin.server.reasonRequired")
                          @Schema(description = "Shown to the customer", example = "Chargeback under review") String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PaidUntilRequest(@NotNull(message = "admin.server.badDate")
                            @Schema(description = "The new expiry (UTC), for free; a future one brings an expired or unpaid-suspended server back",
                                    example = "2027-01-31T00:00:00Z") Instant paidUntil) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Payment(long id, long customerId, @Schema(example = "bank_transfer") String gateway,
                   @Schema(example = "PTC-7KQ2M9XW4D") String reference, Amount amount,
                   @Schema(description = "What the customer paid after a discount voucher") Amount chargedAmount,
                   @Schema(nullable = true, example = "SPRING10") String voucherCode, @Schema(example = "PENDING") String status,
                   Instant createdAt, @Schema(nullable = true) Instant settledAt,
                   @Schema(nullable = true, example = "admin@example.com") String settledBy) {
        static Payment of(PaymentView payment) {
            return new Payment(payment.id(), payment.userId(), payment.gateway(), payment.reference(), Amount.of(payment.amount()),
                    Amount.of(payment.chargedAmount()), payment.voucherCode(), payment.status().name(), payment.createdAt(),
                    payment.settledAt(), payment.settledBy());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A voucher: money for the wallet (amount) or a percent off a top-up or a server order (percent)")
    record Voucher(long id, @Schema(example = "WELCOME5") String code, @Schema(example = "BALANCE_TOP_UP") String type,
                   @Schema(nullable = true) Amount amount, @Schema(nullable = true, example = "10") String percent,
                   boolean newAccountsOnly, @Schema(nullable = true) Amount minimumTopUpTotal,
                   @Schema(nullable = true) Amount minimumOrderAmount, @Schema(nullable = true) Instant expiresAt,
                   @Schema(nullable = true, example = "100") Integer maxUses, @Schema(example = "3") int usedCount,
                   @Schema(nullable = true, example = "Spring campaign") String description,
                   @Schema(description = "Retired: nobody can use it any more") boolean deactivated, Instant createdAt) {
        static Voucher of(VoucherView voucher) {
            return new Voucher(voucher.id(), voucher.code(), voucher.type(), Amount.of(voucher.amount()),
                    voucher.percent() == null ? null : voucher.percent().value().stripTrailingZeros().toPlainString(),
                    voucher.newAccountsOnly(), Amount.of(voucher.minimumTopUpTotal()), Amount.of(voucher.minimumOrderAmount()),
                    voucher.expiresAt(), voucher.maxUses(), voucher.usedCount(), voucher.description(), voucher.deleted(),
                    voucher.createdAt());
        }
    }

    enum VoucherType {
        BALANCE_TOP_UP, PAYMENT_DISCOUNT, SERVER_DISCOUNT
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewVoucher(@NotBlank(message = "voucher.admin.codeFormat") @Schema(description = "4-64 letters, digits, - or _", example = "WELCOME5")
                      String code,
                      @NotNull(message = "api.invalid") @Schema(example = "BALANCE_TOP_UP") VoucherType type,
                      @NotBlank(message = "voucher.admin.invalid")
                      @Schema(description = "Money for BALANCE_TOP_UP, a percent (1-100) for the discounts", example = "5.00")
                      String amount,
                      @Schema(nullable = true, defaultValue = "false") Boolean newAccountsOnly,
                      @Schema(nullable = true, example = "20.00") String minimumTopUpTotal,
                      @Schema(nullable = true, description = "SERVER_DISCOUNT only", example = "10.00") String minimumOrderAmount,
                      @Schema(nullable = true, description = "Last day it works (UTC)", example = "2027-06-30") java.time.LocalDate expiresOn,
                      @Schema(nullable = true, example = "100") Integer maxUses,
                      @Size(max = 500, message = "voucher.admin.invalid") @Schema(nullable = true, example = "Spring campaign")
                      String description) {
    }
}
