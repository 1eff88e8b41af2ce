package io.pteroca.panel.plugin;

import io.pteroca.panel.account.AccountActivated;
import io.pteroca.panel.account.AccountEvent;
import io.pteroca.panel.account.AccountPasswordChanged;
import io.pteroca.panel.catalog.CatalogChanged;
import io.pteroca.panel.payment.PaymentEvent;
import io.pteroca.panel.payment.PaymentStatus;
import io.pteroca.panel.server.ServerSetUpFailed;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.setting.SettingsSaved;
import io.pteroca.panel.voucher.VoucherEvent;
import io.pteroca.panel.wallet.WalletChanged;
import io.pteroca.plugin.event.*;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the panel's domain events into the plugin API's catalogue and hands them to {@link EventDelivery} once
 * the work that raised them committed (at once when there was no transaction). Work that rolls back raises no
 * plugin event. The plugin lifecycle events come from {@link Plugins} as plugin events already.
 */
@Component
class EventBridge {

    private final EventDelivery delivery;
    private final Clock clock;
    private final Servers servers;

    EventBridge(EventDelivery delivery, Clock clock, Servers servers) {
        this.delivery = delivery;
        this.clock = clock;
        this.servers = servers;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PanelEvent event) {
        delivery.publish(event);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountActivated event) {
        delivery.publish(new io.pteroca.plugin.event.AccountActivated(now(), event.accountId(), event.email()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountPasswordChanged event) {
        delivery.publish(new io.pteroca.plugin.event.AccountPasswordChanged(now(), event.accountId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountEvent event) {
        Instant at = now();
        long id = event.accountId() == null ? 0 : event.accountId();
        PanelEvent mapped = switch (event.kind()) {
            case REGISTERED -> new AccountRegistered(at, id, event.email());
            case SIGNED_IN -> new SignedIn(at, id, event.ip());
            case SIGN_IN_FAILED -> new SignInFailed(at, event.email(), event.ip());
            case SIGNED_OUT -> new SignedOut(at, id);
            case PASSWORD_RESET_REQUESTED -> new PasswordResetRequested(at, id);
            case PROFILE_CHANGED -> new AccountProfileChanged(at, id);
            case EMAIL_CHANGED -> new AccountEmailChanged(at, id, event.email());
            case BLOCKED -> new AccountBlocked(at, id, event.adminId());
            case UNBLOCKED -> new AccountUnblocked(at, id, event.adminId());
            case ROLE_CHANGED -> new AccountRoleChanged(at, id, event.detail() == null ? "" : event.detail().replace("role ", ""),
                    event.adminId());
            case DELETED -> new AccountDeleted(at, id);
        };
        delivery.publish(mapped);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PaymentEvent event) {
        Instant at = now();
        delivery.publish(switch (event.status()) {
            case PENDING -> new PaymentStarted(at, event.paymentId(), event.accountId(), event.gateway(), event.amount().amount(),
                    event.amount().currency().getCurrencyCode());
            case PAID -> new PaymentSucceeded(at, event.paymentId(), event.accountId(), event.gateway(), event.amount().amount(),
                    event.amount().currency().getCurrencyCode());
            case FAILED, EXPIRED, CANCELLED -> new PaymentFailed(at, event.paymentId(), event.accountId(), event.gateway(),
                    event.status() == PaymentStatus.FAILED ? "FAILED" : event.status().name());
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WalletChanged event) {
        if (event.amount().signum() >= 0) {
            delivery.publish(new WalletCredited(event.at(), event.accountId(), event.amount().amount(),
                    event.balanceAfter().amount(), event.reason().name()));
        } else {
            delivery.publish(new WalletDebited(event.at(), event.accountId(), event.amount().negate().amount(),
                    event.balanceAfter().amount(), event.reason().name()));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(VoucherEvent event) {
        Instant at = now();
        delivery.publish(switch (event.kind()) {
            case CREATED -> new VoucherCreated(at, event.voucherId(), event.code(), event.type());
            case DELETED -> new VoucherDeleted(at, event.voucherId(), event.code());
            case REDEEMED -> new VoucherRedeemed(at, event.voucherId(), event.code(), event.accountId() == null ? 0 : event.accountId());
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CatalogChanged event) {
        Instant at = now();
        delivery.publish(switch (event.kind()) {
            case PRODUCT_CREATED -> new ProductCreated(at, event.id(), event.name());
            case PRODUCT_UPDATED -> new ProductUpdated(at, event.id(), event.name());
            case PRODUCT_DELETED -> new ProductDeleted(at, event.id());
            case CATEGORY_CREATED -> new CategoryCreated(at, event.id(), event.name());
            case CATEGORY_UPDATED -> new CategoryUpdated(at, event.id(), event.name());
            case CATEGORY_DELETED -> new CategoryDeleted(at, event.id());
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ServerSetUpFailed event) {
        long owner = servers.find(event.serverId()).map(s -> s.ownerId()).orElse(0L);
        delivery.publish(new ServerProvisioningFailed(now(), event.serverId(), owner,
                event.lastError() == null ? "" : event.lastError()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SettingsSaved event) {
        delivery.publish(new SettingsChanged(now(), event.keys()));
    }

    private Instant now() {
        return clock.instant();
    }
}
