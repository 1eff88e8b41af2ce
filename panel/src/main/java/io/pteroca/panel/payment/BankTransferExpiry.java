package io.pteroca.panel.payment;

import io.pteroca.panel.shared.work.ItemFailure;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Bank transfers nobody paid expire after the configured number of days, which also gives back the payment-discount
 * voucher they held; an abandoned transfer must not keep a limited voucher from other customers for ever.
 */
@Component
class BankTransferExpiry {

    private static final Logger log = LoggerFactory.getLogger(BankTransferExpiry.class);
    private static final int BATCH = 100;

    private final PaymentRepository payments;
    private final PaymentConfirmation confirmation;
    private final PaymentSettings settings;
    private final Clock clock;

    BankTransferExpiry(PaymentRepository payments, PaymentConfirmation confirmation, PaymentSettings settings, Clock clock) {
        this.payments = payments;
        this.confirmation = confirmation;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "${pteroca.payments.pending-initial-delay:PT1M}")
    @SchedulerLock(name = "bank-transfer-expiry")
    void expireUnpaidTransfers() {
        int days = settings.bankTransferExpiryDays();
        if (days == 0) {
            return;
        }
        var due = payments.findByStatusAndGatewayAndCreatedAtBeforeOrderById(PaymentStatus.PENDING, BankTransferGateway.ID,
                clock.instant().minus(Duration.ofDays(days)), Limit.of(BATCH));
        for (Payment transfer : due) {
            try {
                confirmation.close(transfer.id(), PaymentStatus.EXPIRED, "expiry");
            } catch (Throwable e) {
                ItemFailure.rethrowIfFatal(e);
                log.error("Could not expire bank transfer {}", transfer.id(), e);
            }
        }
    }
}
