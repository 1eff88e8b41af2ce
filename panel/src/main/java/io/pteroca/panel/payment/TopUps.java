package io.pteroca.panel.payment;

import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.voucher.Vouchers;
import io.pteroca.panel.wallet.Money;
import io.pteroca.panel.wallet.WalletSettings;
import java.math.BigDecimal;
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
    private final WalletSettings wallet;
    private final Clock clock;
    private final Vouchers vouchers;
    private final SecureRandom random = new SecureRandom();

    TopUps(PaymentRepository payments, PaymentSettings settings, WalletSettings wallet, Clock clock, Vouchers vouchers) {
        this.vouchers = vouchers;
        this.payments = payments;
        this.settings = settings;
        this.wallet = wallet;
        this.clock = clock;
    }

    /** A pending payment through the gateway, within the top-up limits, with a payment-discount voucher if given. */
    @Transactional
    PaymentView start(long userId, BigDecimal requested, String gateway, String voucherCode) {
        BigDecimal amount = Money.positive(requested);
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new Refusal("payment.topUp.cents");
        }
        if (amount.compareTo(settings.minTopUp()) < 0 || amount.compareTo(settings.maxTopUp()) > 0) {
            throw new Refusal("payment.topUp.range");
        }
        Payment payment = payments.saveAndFlush(new Payment(userId, gateway, newReference(), amount, wallet.currency(),
                clock.instant()));
        if (voucherCode != null && !voucherCode.isBlank()) {
            payment.discount(vouchers.reserveDiscount(userId, voucherCode, payment.id()), voucherCode.strip());
        }
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
        return payments.search(userId, status, pageable).map(Payment::view);
    }

    private String newReference() {
        StringBuilder reference = new StringBuilder("PTC-");
        for (int i = 0; i < 10; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /** A top-up the rules refuse; the message is a message key. */
}
