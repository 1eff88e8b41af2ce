package io.pteroca.panel.payment;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Talks to Stripe: opens Checkout Sessions and asks about them. Money leaves the panel's 4 decimals here only. */
@Component
class StripeGateway {

    private final StripeSettings settings;
    private final String apiBase;

    StripeGateway(StripeSettings settings, @Value("${pteroca.stripe.api-base:https://api.stripe.com}") String apiBase) {
        this.settings = settings;
        this.apiBase = apiBase;
    }

    /** A new checkout for this payment; the customer pays on Stripe's page at the session's URL. */
    Session openCheckout(PaymentView payment, String returnUrl, String cancelUrl) throws StripeException {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(payment.id().toString())
                .putMetadata("payment_id", payment.id().toString())
                .setSuccessUrl(returnUrl)
                .setCancelUrl(cancelUrl)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(payment.currency().toLowerCase(Locale.ROOT))
                                .setUnitAmount(minorUnits(payment.amount(), payment.currency()))
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName("Wallet top-up " + payment.reference()).build())
                                .build())
                        .build());
        for (String method : settings.paymentMethods()) {
            java.util.Arrays.stream(SessionCreateParams.PaymentMethodType.values())
                    .filter(type -> method.equals(type.getValue())).findFirst().ifPresent(params::addPaymentMethodType);
        }
        return client().checkout().sessions().create(params.build());
    }

    Session session(String sessionId) throws StripeException {
        return client().checkout().sessions().retrieve(sessionId);
    }

    /** Rounded half-even to the currency's minor unit, as DESIGN 3.1 asks for money leaving the panel. */
    static long minorUnits(BigDecimal amount, String currency) {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return amount.setScale(digits, RoundingMode.HALF_EVEN).movePointRight(digits).longValueExact();
    }

    private StripeClient client() {
        return StripeClient.builder().setApiKey(settings.secretKey()).setApiBase(apiBase)
                .setConnectTimeout(10_000).setReadTimeout(20_000).setMaxNetworkRetries(2).build();
    }
}
