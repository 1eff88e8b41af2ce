package io.pteroca.panel.payment;

import io.pteroca.plugin.payment.CheckoutRequest;
import io.pteroca.plugin.payment.CheckoutStart;
import io.pteroca.plugin.payment.Notification;
import io.pteroca.plugin.payment.PaymentGateway;
import io.pteroca.plugin.payment.PaymentState;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Bank transfers: the customer reads the instructions in the panel; an admin marks each transfer received. */
@Component
class BankTransferGateway implements PaymentGateway {

    static final String ID = "bank_transfer";

    private final PaymentSettings settings;
    private final MessageSource messages;

    BankTransferGateway(PaymentSettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName(Locale locale) {
        return messages.getMessage("payment.bankTransfer.title", null, locale);
    }

    @Override
    public Set<String> supportedCurrencies() {
        return Set.of();
    }

    @Override
    public boolean available() {
        return settings.bankTransferEnabled();
    }

    @Override
    public CheckoutStart startCheckout(CheckoutRequest request) {
        return new CheckoutStart(null, null);
    }

    /** Banks send us nothing: an admin settles transfers. */
    @Override
    public Notification handleWebhook(String payload, Map<String, String> headers) {
        return Notification.rejected();
    }

    @Override
    public PaymentState queryState(String externalId) {
        return PaymentState.PENDING;
    }
}
