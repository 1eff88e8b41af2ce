package io.pteroca.panel.payment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One customer's payments, newest first, for the admin's customer page and the customer's data export. */
@Service
public class CustomerPayments {

    private final PaymentRepository payments;

    CustomerPayments(PaymentRepository payments) {
        this.payments = payments;
    }

    @Transactional(readOnly = true)
    public Page<PaymentView> of(long userId, Pageable pageable) {
        return payments.search(userId, null, pageable).map(Payment::view);
    }
}
