package io.pteroca.panel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }

    @Test
    void theLedgerKeepsFourDecimalsAndNeverRoundsWhatItIsGiven() {
        assertThat(usd("6.49").amount()).hasToString("6.4900");
        assertThat(usd("0.0099").amount()).hasToString("0.0099");
        assertThatThrownBy(() -> usd("0.00001")).isInstanceOf(ArithmeticException.class);
        assertThat(usd("4.99")).isEqualTo(usd("4.9900")).hasSameHashCodeAs(usd("4.9900"));
    }

    @Test
    void resultsThatNeedMoreThanFourDecimalsAreRoundedHalfEven() {
        assertThat(usd("0.0005").percent(Percent.of("50")).amount()).hasToString("0.0002");
        assertThat(usd("0.0015").percent(Percent.of("50")).amount()).hasToString("0.0008");
        assertThat(usd("9.99").percent(Percent.of("15")).amount()).hasToString("1.4985");
        assertThat(usd("9.99").lessPercent(Percent.of("15")).amount()).hasToString("8.4915");
        assertThat(usd("1").proRata(Duration.ofDays(3), Duration.ofDays(1)).amount()).hasToString("0.3333");
        assertThat(usd("2").proRata(Duration.ofDays(3), Duration.ofDays(1)).amount()).hasToString("0.6667");
    }

    @Test
    void anHourlyPriceKeepsItsPrecisionAndConvertsToThirtyDays() {
        Money hourly = usd("0.0099");
        Money month = hourly.proRata(Duration.ofHours(1), Duration.ofDays(30));
        assertThat(month.amount()).hasToString("7.1280");
        assertThat(hourly.formatPrecise(Locale.ENGLISH) + " per hour ≈ " + month.format(Locale.ENGLISH) + " per 30 days")
                .isEqualTo("0.0099 USD per hour ≈ 7.13 USD per 30 days");
        assertThat(hourly.times(720)).isEqualTo(month);
        assertThat(hourly.format(Locale.ENGLISH)).as("an amount is read at the minor unit").isEqualTo("0.01 USD");
    }

    @Test
    void peopleReadAmountsAtTheMinorUnitRoundedHalfEven() {
        assertThat(usd("0.125").format(Locale.ENGLISH)).isEqualTo("0.12 USD");
        assertThat(usd("0.135").format(Locale.ENGLISH)).isEqualTo("0.14 USD");
        assertThat(usd("2.005").format(Locale.ENGLISH)).isEqualTo("2.00 USD");
        assertThat(usd("2.0051").format(Locale.ENGLISH)).isEqualTo("2.01 USD");
        assertThat(usd("6.4900").format(Locale.ENGLISH)).isEqualTo("6.49 USD");
        assertThat(usd("6.4900")).hasToString("6.49 USD");
        assertThat(usd("0").format(Locale.ENGLISH)).isEqualTo("0.00 USD");
        assertThat(usd("-0.125").format(Locale.ENGLISH)).isEqualTo("-0.12 USD");
        assertThat(usd("-0.001").format(Locale.ENGLISH)).as("no negative zero").isEqualTo("0.00 USD");
        assertThat(usd("12.265").roundedToMinorUnit().amount()).hasToString("12.2600");
    }

    @Test
    void pricesShowThePlacesTheyNeed() {
        assertThat(usd("0.0099").formatPrecise(Locale.ENGLISH)).isEqualTo("0.0099 USD");
        assertThat(usd("0.125").formatPrecise(Locale.ENGLISH)).isEqualTo("0.125 USD");
        assertThat(usd("4.9900").formatPrecise(Locale.ENGLISH)).isEqualTo("4.99 USD");
        assertThat(usd("5").formatPrecise(Locale.ENGLISH)).isEqualTo("5.00 USD");
    }

    @Test
    void eachLanguageWritesNumbersItsOwnWay() {
        assertThat(usd("4.99").format(Locale.ENGLISH)).isEqualTo("4.99 USD");
        assertThat(usd("4.99").format(POLISH)).isEqualTo("4,99 USD");
        assertThat(usd("0.0099").formatPrecise(POLISH)).isEqualTo("0,0099 USD");
        assertThat(usd("1234.5").format(Locale.ENGLISH)).isEqualTo("1,234.50 USD");
        assertThat(usd("1234.5").format(POLISH).replace('\u00a0', ' ').replace('\u202f', ' ')).isEqualTo("1 234,50 USD");
        assertThat(Percent.of("12.5").format(Locale.ENGLISH)).isEqualTo("12.5%");
        assertThat(Percent.of("12.5").format(POLISH)).isEqualTo("12,5%");
    }

    @Test
    void balanceArithmeticHoldsNoSurprises() {
        Money balance = usd("10");
        for (int hour = 0; hour < 1000; hour++) {
            balance = balance.minus(usd("0.0099"));
        }
        assertThat(balance).isEqualTo(usd("0.1"));
        assertThat(usd("0.10").minus(usd("0.10")).isZero()).isTrue();
        assertThat(usd("0.10").minus(usd("0.10")).format(Locale.ENGLISH)).isEqualTo("0.00 USD");
        assertThat(usd("4.53").minus(usd("4.99")).signum()).as("a shortfall is negative, never wrapped").isNegative();
        assertThat(usd("4.53").isLessThan(usd("4.99"))).isTrue();
        assertThat(usd("4.53").minus(usd("4.99")).negate()).isEqualTo(usd("0.46"));
        assertThatThrownBy(() -> usd("1").plus(Money.of("1", Currency.getInstance("EUR"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> usd("1").compareTo(Money.of("1", Currency.getInstance("EUR"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moneyLeavesForACardInWholeMinorUnits() {
        assertThat(usd("19.99").minorUnits()).isEqualTo(1999);
        assertThat(usd("0.105").minorUnits()).isEqualTo(10);
        assertThat(usd("0.115").minorUnits()).isEqualTo(12);
        assertThat(usd("12.50").inWholeMinorUnits()).isTrue();
        assertThat(usd("12.505").inWholeMinorUnits()).isFalse();
        Currency yen = Currency.getInstance("JPY");
        assertThat(Money.of("1234.5", yen).minorUnits()).isEqualTo(1234);
        assertThat(Money.of("1234.5", yen).format(Locale.ENGLISH)).isEqualTo("1,234 JPY");
    }

    @Test
    void typedAmountsAreCheckedWithAReason() {
        assertThat(Money.parse(" 12,50 ", USD)).isEqualTo(usd("12.5"));
        assertThat(Money.parse("0.0001", USD)).isEqualTo(usd("0.0001"));
        for (String notAnAmount : new String[] {"", "abc", "-5", "0", "0.0000", "1e3", "12.5.0", null}) {
            assertThatThrownBy(() -> Money.parse(notAnAmount, USD)).as(notAnAmount).isInstanceOf(Refusal.class)
                    .hasMessage("wallet.amount.positive");
        }
        assertThatThrownBy(() -> Money.parse("0.00001", USD)).hasMessage("wallet.amount.scale");
        assertThatThrownBy(() -> Money.parse("1000000000", USD)).hasMessage("wallet.amount.tooLarge");
        assertThatThrownBy(() -> usd("0").requirePositive()).hasMessage("wallet.amount.positive");
        assertThat(Percent.parse("15")).isEqualTo(Percent.of("15"));
        assertThatThrownBy(() -> Percent.parse("100")).hasMessage("voucher.admin.percent");
        assertThatThrownBy(() -> Percent.parse("-1")).hasMessage("wallet.amount.positive");
    }

    @Test
    void moneySurvivesTheSessionAFlashMessageTravelsIn() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Object[] {usd("4.99"), Percent.of("10")});
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat((Object[]) in.readObject()).containsExactly(usd("4.99"), Percent.of("10"));
        }
    }

    @Test
    void messagesWriteMoneyArgumentsInTheirLanguage() {
        MessageSource messages = new MessagesConfiguration().messageSource();
        Object[] args = {usd("4.99"), usd("4.5300")};
        assertThat(messages.getMessage("order.notEnoughBalance", args, Locale.ENGLISH))
                .isEqualTo("This costs 4.99 USD and your balance is 4.53 USD.");
        assertThat(messages.getMessage("order.notEnoughBalance", args, POLISH))
                .isEqualTo("To kosztuje 4,99 USD, a Twoje saldo wynosi 4,53 USD.");
        assertThat(messages.getMessage("payment.topUp.range", new Object[] {usd("5"), usd("1000")}, Locale.ENGLISH))
                .isEqualTo("Top up between 5.00 USD and 1,000.00 USD.");
        assertThat(args[0]).as("the caller's arguments are left as they were").isInstanceOf(Money.class);
    }
}
