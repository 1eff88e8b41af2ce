package io.pteroca.panel.payment;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.Keyset;
import io.pteroca.panel.shared.Refusal;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with payments, for the admin page and the API alike: list them, and settle a bank transfer that
 * arrived (the one idempotent confirmation credits the wallet once; the act is audited).
 */
@Service
public class PaymentAdministration {

    private final PaymentRepository payments;
    private final PaymentConfirmation confirmation;
    private final ApplicationEventPublisher events;

    PaymentAdministration(PaymentRepository payments, PaymentConfirmation confirmation, ApplicationEventPublisher events) {
        this.payments = payments;
        this.confirmation = confirmation;
        this.events = events;
    }

    /** A page of payments, newest first; customer, status and gateway narrow it when given. */
    @Transactional(readOnly = true)
    public List<PaymentView> search(Long customerId, PaymentStatus status, String gateway, Keyset page) {
        return payments.search(customerId, status, gateway, page).stream().map(Payment::view).toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<PaymentView> find(long paymentId) {
        return payments.findById(paymentId).map(Payment::view);
    }

    /**
     * The money arrived: the pending payment is paid and its owner's wallet credited, audited as the admin's act.
     * Returns false when it was no longer pending (nothing happens then); an unknown payment is "not found".
     */
    public boolean markReceived(long paymentId, long adminId, String adminEmail, String ip) {
        boolean credited;
        try {
            credited = confirmation.confirm(paymentId, adminEmail);
        } catch (IllegalArgumentException unknown) {
            throw Refusal.notFound("api.notFound");
        }
        if (credited) {
            events.publishEvent(new AuditEvent("admin_confirmed_payment", adminId, adminEmail, null, null, ip,
                    "payment " + paymentId));
        }
        return credited;
    }
}
