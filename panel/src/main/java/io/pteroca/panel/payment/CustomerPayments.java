package io.pteroca.panel.payment;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A customer's own payments, for pages outside this feature (the dashboard). */
@Component
public class CustomerPayments {

    private final TopUps topUps;

    CustomerPayments(TopUps topUps) {
        this.topUps = topUps;
    }

    /** The customer's latest payments, newest first. */
    @Transactional(readOnly = true)
    public List<PaymentView> latest(long userId, int limit) {
        return topUps.history(userId, null, PageRequest.of(0, limit)).getContent();
    }
}
