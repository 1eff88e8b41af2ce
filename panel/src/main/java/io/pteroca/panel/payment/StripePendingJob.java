package io.pteroca.panel.payment;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Asks Stripe about card payments still pending after a few minutes, for webhooks that never arrived. */
@Component
class StripePendingJob {

    private static final Duration WAIT = Duration.ofMinutes(3);

    private final PaymentRepository payments;
    private final StripeTopUps stripe;

    StripePendingJob(PaymentRepository payments, StripeTopUps stripe) {
        this.payments = payments;
        this.stripe = stripe;
    }

    @Scheduled(fixedDelayString = "PT2M", initialDelayString = "${pteroca.stripe.pending-initial-delay:PT1M}")
    @SchedulerLock(name = "stripe-pending")
    void run() {
        if (!stripe.available()) {
            return;
        }
        for (Payment pending : payments.findByGatewayAndStatusAndCreatedAtBeforeOrderById(StripeTopUps.STRIPE,
                PaymentStatus.PENDING, stripe.clock().instant().minus(WAIT), Limit.of(100))) {
            stripe.reconcile(pending.id());
        }
    }
}
