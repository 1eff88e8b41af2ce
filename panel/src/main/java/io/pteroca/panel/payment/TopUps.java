package io.pteroca.panel.payment;

import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.PagerCounts;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.voucher.Vouchers;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts top-ups and shows them to their owners. Money moves only when {@link PaymentConfirmation} says so. */
@Service
class TopUps {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final PaymentRepository payments;
    private final PaymentSettings settings;
    private final Clock clock;
    private final Vouchers vouchers;
    private final SecureRandom random = new SecureRandom();

    private final org.springframework.context.ApplicationEventPublisher events;
    private final PagerCounts counts;

    TopUps(PaymentRepository payments, PaymentSettings settings, Clock clock, Vouchers vouchers,
           org.springframework.context.ApplicationEventPublisher events, PagerCounts counts) {
        this.events = events;
        this.counts = counts;
        this.vouchers = vouchers;
        this.payments = payments;
        this.settings = settings;
        this.clock = clock;
    }

    /** A pending payment through the gateway, within the top-up limits, with a payment-discount voucher if given. */
    @Transactional
    PaymentView start(long userId, Money requested, String gateway, String voucherCode) {
        Money amount = requested.requirePositive();
        if (!amount.inWholeMinorUnits()) {
            throw new Refusal("payment.topUp.cents");
        }
        Money min = settings.minTopUp();
        Money max = settings.maxTopUp();
        if (amount.isLessThan(min) || max.isLessThan(amount)) {
            throw new Refusal("payment.topUp.range", min, max);
        }
        Payment payment = payments.saveAndFlush(new Payment(userId, gateway, newReference(), amount, clock.instant()));
        if (voucherCode != null && !voucherCode.isBlank()) {
            payment.discount(vouchers.reserveDiscount(userId, voucherCode, payment.id()), voucherCode.strip());
        }
        events.publishEvent(PaymentConfirmation.event(payment));
        return payment.view();
    }

    /**
     * A pending Stripe payment of what auto-renewal lacked, to be charged to a saved card. The panel chose the amount,
     * so the customer's top-up limits do not apply.
     */
    @Transactional
    PaymentView startForRenewal(long userId, Money amount) {
        Payment payment = payments.saveAndFlush(new Payment(userId, "stripe", newReference(), amount.requirePositive(),
                clock.instant()));
        events.publishEvent(PaymentConfirmation.event(payment));
        return payment.view();
    }

    /** The payment, if it belongs to this customer: another customer's payment does not exist for them. */
    @Transactional(readOnly = true)
    Optional<PaymentView> own(long userId, long paymentId) {
        return payments.findById(paymentId).filter(p -> p.userId() == userId).map(Payment::view);
    }

    @Transactional(readOnly = true)
    Optional<PaymentView> find(long paymentId) {
        return payments.findById(paymentId).map(Payment::view);
    }

    @Transactional(readOnly = true)
    Page<PaymentView> history(Long userId, PaymentStatus status, Pageable pageable) {
        return payments.search(userId, status, pageable, counts).map(Payment::view);
    }

    private String newReference() {
        StringBuilder reference = new StringBuilder("PTC-");
        for (int i = 0; i < 10; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
