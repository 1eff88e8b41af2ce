package io.pteroca.panel.payment;

import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.work.ItemFailure;
import io.pteroca.panel.wallet.WalletSettings;
import io.pteroca.plugin.payment.CheckoutRequest;
import io.pteroca.plugin.payment.CheckoutStart;
import io.pteroca.plugin.payment.GatewayException;
import io.pteroca.plugin.payment.Notification;
import io.pteroca.plugin.payment.PaymentGateway;
import io.pteroca.plugin.payment.PaymentState;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Top-ups through any {@link PaymentGateway}. The browser coming back proves nothing: a payment is settled only by
 * its gateway's verified notification or by asking the gateway, and always through {@link PaymentConfirmation}.
 */
@Service
class GatewayTopUps {

    private static final Logger log = LoggerFactory.getLogger(GatewayTopUps.class);
    private static final Duration ASK_AFTER = Duration.ofMinutes(3);
    static final int PENDING_BATCH = 100;

    private final List<PaymentGateway> builtIn;
    private final org.springframework.beans.factory.ObjectProvider<PaymentGatewaySource> sources;
    private final TopUps topUps;
    private final PaymentRepository payments;
    private final PaymentConfirmation confirmation;
    private final WalletSettings wallet;
    private final SiteSettings site;
    private final TransactionTemplate transactions;
    private final Clock clock;

    GatewayTopUps(List<PaymentGateway> builtIn, org.springframework.beans.factory.ObjectProvider<PaymentGatewaySource> sources,
                  TopUps topUps, PaymentRepository payments, PaymentConfirmation confirmation,
                  WalletSettings wallet, SiteSettings site, TransactionTemplate transactions, Clock clock) {
        this.builtIn = builtIn;
        this.sources = sources;
        this.topUps = topUps;
        this.payments = payments;
        this.confirmation = confirmation;
        this.wallet = wallet;
        this.site = site;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The built-in gateways and those of the plugins enabled now. */
    private List<PaymentGateway> gateways() {
        List<PaymentGateway> all = new java.util.ArrayList<>(builtIn);
        sources.forEach(source -> all.addAll(source.gateways()));
        return all;
    }

    /** Gateways customers may choose now: switched on and taking the site's currency. */
    List<PaymentGateway> available() {
        return gateways().stream().filter(PaymentGateway::available)
                .filter(g -> g.supportedCurrencies().isEmpty() || g.supportedCurrencies().contains(wallet.currency().getCurrencyCode()))
                .toList();
    }

    /** Every gateway's name for people, by id (a settled payment names the gateway that settled it by its id). */
    java.util.Map<String, String> names(java.util.Locale locale) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        gateways().forEach(g -> names.put(g.id(), g.displayName(locale)));
        return names;
    }

    Optional<PaymentGateway> gateway(String id) {
        return gateways().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** Records the payment and starts its checkout; returns where to send the customer. */
    String start(long userId, Money amount, String gatewayId, String voucherCode) {
        PaymentGateway gateway = available().stream().filter(g -> g.id().equals(gatewayId)).findFirst()
                .orElseThrow(() -> new Refusal("payment.topUp.unavailable"));
        PaymentView payment = topUps.start(userId, amount, gateway.id(), voucherCode);
        String page = site.url() + "/payments/" + payment.id();
        try {
            Money charged = payment.chargedAmount();
            CheckoutStart started = gateway.startCheckout(new CheckoutRequest(payment.id(), payment.reference(), charged.amount(),
                    charged.currency().getCurrencyCode(), page + "?returned=true", page));
            transactions.executeWithoutResult(status -> payments.findById(payment.id()).orElseThrow()
                    .attach(started.externalId(), started.redirectUrl()));
            // Our own page sends the browser on: a POST answered by a redirect to another site would break the
            // CSP's form-action 'self', which browsers also apply to redirects.
            return "/payments/" + payment.id() + (started.redirectUrl() != null ? "?checkout=true" : "");
        } catch (GatewayException e) {
            log.warn("{} could not start payment {}: {}", gateway.id(), payment.id(), e.getMessage());
            confirmation.close(payment.id(), PaymentStatus.FAILED, gateway.id());
            throw new Refusal("payment.gateway.unavailable");
        }
    }

    /** A notification from a gateway; false when it failed verification (the caller answers 400). */
    boolean notified(String gatewayId, String payload, Map<String, String> headers) {
        Optional<PaymentGateway> gateway = gateway(gatewayId);
        if (gateway.isEmpty()) {
            return false;
        }
        Notification notification = gateway.get().handleWebhook(payload, headers);
        if (!notification.verified()) {
            return false;
        }
        if (notification.externalId() != null) {
            payments.findByGatewayAndExternalId(gatewayId, notification.externalId())
                    .ifPresent(payment -> settle(payment.id(), gatewayId, notification.state()));
        }
        return true;
    }

    /** Asks the payment's gateway about it and settles it by the answer. */
    void reconcile(long paymentId) {
        payments.findById(paymentId).filter(p -> p.status() == PaymentStatus.PENDING && p.externalId() != null)
                .ifPresent(payment -> gateway(payment.gateway()).ifPresent(gateway -> {
                    try {
                        settle(payment.id(), gateway.id(), gateway.queryState(payment.externalId()));
                    } catch (GatewayException e) {
                        log.warn("{}", e.getMessage());
                    }
                }));
    }

    /**
     * Payments whose notification never came: asked about a few minutes after they started, a batch per run, the one
     * asked about longest ago first. Each is marked asked before it is asked, so payments a gateway never settles go
     * to the back of the queue and cannot keep newer ones from being asked.
     */
    @Scheduled(fixedDelayString = "PT2M", initialDelayString = "${pteroca.payments.pending-initial-delay:PT1M}")
    @SchedulerLock(name = "pending-payments")
    void askAboutPendingPayments() {
        List<Long> batch = payments.longestUnchecked(PaymentStatus.PENDING, clock.instant().minus(ASK_AFTER), Limit.of(PENDING_BATCH));
        if (batch.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> payments.checked(batch, clock.instant()));
        for (long paymentId : batch) {
            try {
                reconcile(paymentId);
            } catch (Throwable e) {
                ItemFailure.rethrowIfFatal(e);
                log.error("Could not reconcile payment {}", paymentId, e);
            }
        }
    }

    private void settle(long paymentId, String gatewayId, PaymentState state) {
        switch (state) {
            case PAID -> confirmation.confirm(paymentId, gatewayId);
            case FAILED -> confirmation.close(paymentId, PaymentStatus.FAILED, gatewayId);
            case EXPIRED -> confirmation.close(paymentId, PaymentStatus.EXPIRED, gatewayId);
            case PENDING -> {
                // still open: nothing to do
            }
        }
    }
}
