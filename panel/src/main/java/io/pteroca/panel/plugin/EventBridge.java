package io.pteroca.panel.plugin;

import io.pteroca.panel.account.AccountActivated;
import io.pteroca.panel.account.AccountEvent;
import io.pteroca.panel.account.AccountPasswordChanged;
import io.pteroca.panel.catalog.CatalogChanged;
import io.pteroca.panel.order.AutoRenewalFailed;
import io.pteroca.panel.order.OrderEvent;
import io.pteroca.panel.payment.PaymentEvent;
import io.pteroca.panel.payment.PaymentStatus;
import io.pteroca.panel.server.ServerEvent;
import io.pteroca.panel.server.ServerSetUpFailed;
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.server.ServerStateChanged;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.setting.SettingsSaved;
import io.pteroca.panel.voucher.VoucherEvent;
import io.pteroca.panel.wallet.WalletChanged;
import io.pteroca.plugin.event.*;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the panel's domain events into the plugin API's catalogue, raised as application events in the transaction
 * of the domain event (so the webhooks store theirs with it), and hands those to {@link EventDelivery} once the work
 * that raised them committed (at once when there was no transaction). Work that rolls back raises no plugin event.
 * The plugin lifecycle events come from {@link Plugins} as plugin events already.
 */
@Component
class EventBridge {

    private final EventDelivery delivery;
    private final Clock clock;
    private final Servers servers;
    private final ApplicationEventPublisher events;

    EventBridge(EventDelivery delivery, Clock clock, Servers servers, ApplicationEventPublisher events) {
        this.delivery = delivery;
        this.events = events;
        this.clock = clock;
        this.servers = servers;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PanelEvent event) {
        delivery.publish(event);
    }

    @EventListener
    void on(AccountActivated event) {
        publish(new io.pteroca.plugin.event.AccountActivated(now(), event.accountId(), event.email()));
    }

    @EventListener
    void on(AccountPasswordChanged event) {
        publish(new io.pteroca.plugin.event.AccountPasswordChanged(now(), event.accountId()));
    }

    @EventListener
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
        publish(mapped);
    }

    @EventListener
    void on(PaymentEvent event) {
        Instant at = now();
        publish(switch (event.status()) {
            case PENDING -> new PaymentStarted(at, event.paymentId(), event.accountId(), event.gateway(), event.amount().amount(),
                    event.amount().currency().getCurrencyCode());
            case PAID -> new PaymentSucceeded(at, event.paymentId(), event.accountId(), event.gateway(), event.amount().amount(),
                    event.amount().currency().getCurrencyCode());
            case FAILED, EXPIRED, CANCELLED -> new PaymentFailed(at, event.paymentId(), event.accountId(), event.gateway(),
                    event.status() == PaymentStatus.FAILED ? "FAILED" : event.status().name());
        });
    }

    @EventListener
    void on(WalletChanged event) {
        if (event.amount().signum() >= 0) {
            publish(new WalletCredited(event.at(), event.accountId(), event.amount().amount(),
                    event.balanceAfter().amount(), event.reason().name()));
        } else {
            publish(new WalletDebited(event.at(), event.accountId(), event.amount().negate().amount(),
                    event.balanceAfter().amount(), event.reason().name()));
        }
    }

    @EventListener
    void on(VoucherEvent event) {
        Instant at = now();
        publish(switch (event.kind()) {
            case CREATED -> new VoucherCreated(at, event.voucherId(), event.code(), event.type());
            case DELETED -> new VoucherDeleted(at, event.voucherId(), event.code());
            case REDEEMED -> new VoucherRedeemed(at, event.voucherId(), event.code(), event.accountId() == null ? 0 : event.accountId());
        });
    }

    @EventListener
    void on(CatalogChanged event) {
        Instant at = now();
        publish(switch (event.kind()) {
            case PRODUCT_CREATED -> new ProductCreated(at, event.id(), event.name());
            case PRODUCT_UPDATED -> new ProductUpdated(at, event.id(), event.name());
            case PRODUCT_DELETED -> new ProductDeleted(at, event.id());
            case CATEGORY_CREATED -> new CategoryCreated(at, event.id(), event.name());
            case CATEGORY_UPDATED -> new CategoryUpdated(at, event.id(), event.name());
            case CATEGORY_DELETED -> new CategoryDeleted(at, event.id());
        });
    }

    @EventListener
    void on(ServerSetUpFailed event) {
        long owner = servers.find(event.serverId()).map(s -> s.ownerId()).orElse(0L);
        publish(new ServerProvisioningFailed(now(), event.serverId(), owner,
                event.lastError() == null ? "" : event.lastError()));
    }

    @EventListener
    void on(OrderEvent event) {
        Instant at = now();
        publish(switch (event.kind()) {
            case PLACED -> new OrderPlaced(at, event.orderId(), event.accountId(), event.serverId(), event.productId(),
                    event.amount().amount(), event.amount().currency().getCurrencyCode());
            case RENEWED -> new ServerRenewed(at, event.serverId(), event.accountId(), event.amount().amount(), event.paidUntil(),
                    event.automatic());
            case REFUNDED -> new OrderRefunded(at, event.orderId(), event.accountId(), event.serverId(), event.amount().amount());
        });
    }

    @EventListener
    void on(AutoRenewalFailed event) {
        publish(new RenewalFailed(now(), event.serverId(), event.ownerId(), event.reason()));
    }

    /**
     * The state changes plugins hear of. A renewal that brings a server back is {@link ServerRenewed} plus, for a
     * suspended one, {@link ServerUnsuspended}; back from EXPIRED within the grace period is the renewal alone.
     */
    @EventListener
    void on(ServerStateChanged event) {
        Instant at = now();
        long id = event.serverId();
        long owner = event.ownerId();
        ServerState from = event.from();
        PanelEvent mapped = switch (event.to()) {
            case PROVISIONING -> from == ServerState.PENDING ? new ServerProvisioningStarted(at, id, owner) : null;
            case ACTIVE -> from == ServerState.INSTALLING ? new ServerReady(at, id, owner, event.identifier())
                    : from == ServerState.SUSPENDED ? new ServerUnsuspended(at, id, owner) : null;
            case EXPIRED -> new ServerExpired(at, id, owner);
            case SUSPENDED -> new ServerSuspended(at, id, owner, event.cause() == null ? "" : event.cause().name(),
                    event.reason() == null ? "" : event.reason());
            case DELETED -> new ServerDeleted(at, id, owner);
            default -> null;
        };
        if (mapped != null) {
            publish(mapped);
        }
    }

    @EventListener
    void on(ServerEvent event) {
        Instant at = now();
        long id = event.serverId();
        publish(switch (event.kind()) {
            case REINSTALLED -> new ServerReinstalled(at, id, event.ownerId());
            case AUTO_RENEW_ON -> new ServerAutoRenewChanged(at, id, event.ownerId(), true);
            case AUTO_RENEW_OFF -> new ServerAutoRenewChanged(at, id, event.ownerId(), false);
            case SUBUSER_ADDED -> new ServerSubuserAdded(at, id, event.accountId());
            case SUBUSER_REMOVED -> new ServerSubuserRemoved(at, id, event.accountId());
        });
    }

    @EventListener
    void on(SettingsSaved event) {
        publish(new SettingsChanged(now(), event.keys()));
    }

    /** Raises the catalogue event in the transaction of the domain event, for the plugins and anyone else. */
    private void publish(PanelEvent event) {
        events.publishEvent(event);
    }

    private Instant now() {
        return clock.instant();
    }
}
