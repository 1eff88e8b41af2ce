package io.pteroca.plugins.paypal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PayPalAmountsTest {

    @Test
    void mostCurrenciesAreWrittenWithTwoPlaces() {
        assertThat(PayPalAmounts.value(new BigDecimal("12.5"), "USD")).isEqualTo("12.50");
        assertThat(PayPalAmounts.value(new BigDecimal("10"), "EUR")).isEqualTo("10.00");
        assertThat(PayPalAmounts.value(new BigDecimal("19.9900"), "PLN")).isEqualTo("19.99");
        assertThat(PayPalAmounts.value(new BigDecimal("1E+3"), "GBP")).isEqualTo("1000.00");
    }

    @Test
    void forintYenAndTaiwanDollarsAreWholeUnits() {
        assertThat(PayPalAmounts.value(new BigDecimal("1500"), "JPY")).isEqualTo("1500");
        assertThat(PayPalAmounts.value(new BigDecimal("1234.0000"), "HUF")).isEqualTo("1234");
        assertThat(PayPalAmounts.value(new BigDecimal("300"), "TWD")).isEqualTo("300");
    }

    @Test
    void anAmountPayPalCannotTakeExactlyIsRefusedNotRounded() {
        assertThat(PayPalAmounts.value(new BigDecimal("1234.50"), "HUF")).isNull();
        assertThat(PayPalAmounts.value(new BigDecimal("0.0041"), "USD")).isNull();
        assertThat(PayPalAmounts.value(new BigDecimal("5"), "XYZ")).as("not a PayPal currency").isNull();
        assertThat(PayPalAmounts.value(new BigDecimal("0"), "USD")).isNull();
        assertThat(PayPalAmounts.value(new BigDecimal("-5"), "USD")).isNull();
    }
}
