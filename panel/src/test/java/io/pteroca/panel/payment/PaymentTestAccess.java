package io.pteroca.panel.payment;

import io.pteroca.panel.shared.Money;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/** Lets tests outside this package start and confirm payments on every database. */
public final class PaymentTestAccess {

    private final ApplicationContext context;

    public PaymentTestAccess(ApplicationContext context) {
        this.context = context;
    }

    public long startBankTransfer(long userId, String amount) {
        var settings = context.getBean(io.pteroca.panel.setting.Settings.class);
        settings.setAll(Map.of(PaymentSettings.BANK_TRANSFER_ENABLED, "true", PaymentSettings.MIN_TOP_UP, "0"));
        Money money = Money.of(amount, context.getBean(io.pteroca.panel.wallet.WalletSettings.class).currency());
        return context.getBean(TopUps.class).start(userId, money, BankTransferGateway.ID, null).id();
    }

    /** One run of the job that asks gateways about payments whose notification never came. */
    public void askAboutPendingPayments() {
        context.getBean(GatewayTopUps.class).askAboutPendingPayments();
    }

    public boolean confirm(long paymentId) {
        return context.getBean(PaymentConfirmation.class).confirm(paymentId, "test");
    }

    /** Stripe switched on (or off) with the keys of the Stripe stand-in. */
    public void stripe(boolean on) {
        context.getBean(io.pteroca.panel.setting.Settings.class).setAll(Map.of(StripeSettings.ENABLED, Boolean.toString(on),
                StripeSettings.SECRET_KEY, "sk_test_panel", StripeSettings.WEBHOOK_SECRET,
                io.pteroca.panel.support.TestStripe.WEBHOOK_SECRET));
    }

    /** A card as if Stripe had saved it for the account; returns its id. */
    public long savedCard(long userId, String brand, String last4, int expMonth, int expYear) {
        var customers = context.getBean(StripeCustomerRepository.class);
        if (customers.findById(userId).isEmpty()) {
            customers.saveAndFlush(new StripeCustomer(userId, "cus_test_" + userId, java.time.Instant.now()));
        }
        return context.getBean(SavedCardRepository.class).saveAndFlush(new SavedCard(userId, new StripeCards.Card(
                "pm_test_" + java.util.UUID.randomUUID().toString().replace("-", ""), "cus_test_" + userId, brand, last4,
                expMonth, expYear), java.time.Instant.now())).id();
    }

    /** The card auto-renewal charges when the account's wallet is short. */
    public void chooseForRenewal(long userId, long cardId) {
        context.getBean(SavedCards.class).chooseForRenewal(userId, cardId);
    }
}
