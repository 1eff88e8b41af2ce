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

    public boolean confirm(long paymentId) {
        return context.getBean(PaymentConfirmation.class).confirm(paymentId, "test");
    }
}
