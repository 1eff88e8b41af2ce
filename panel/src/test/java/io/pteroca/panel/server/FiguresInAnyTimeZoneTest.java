package io.pteroca.panel.server;

import static io.pteroca.panel.support.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountFigures;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.payment.PaymentFigures;
import io.pteroca.panel.payment.PaymentTestAccess;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.wallet.WalletFigures;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The admin overview's figures count what happened in a UTC range, however far the JVM's time zone is from UTC: the
 * panel stores times as UTC wall time, so a range bound given in the JVM's zone would move everything by hours.
 */
class FiguresInAnyTimeZoneTest extends IntegrationTest {

    /** A day of its own, long before the other tests' records (which are made at the real time). */
    private static final Instant AT = Instant.parse("2021-06-15T12:00:00Z");
    private static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;
    @Autowired
    Wallets wallets;
    @Autowired
    ServerFigures serverFigures;
    @Autowired
    AccountFigures accountFigures;
    @Autowired
    WalletFigures walletFigures;
    @Autowired
    PaymentFigures paymentFigures;

    @AfterEach
    void bankTransfersOff() {
        settings.setAll(Map.of(settings.definition("payment.bank_transfer.enabled").orElseThrow(), "false"));
    }

    @Test
    void figuresCountByUtcWhateverTheJvmsTimeZone() {
        clock.advance(Duration.between(clock.instant(), AT));
        ServerFixtures fixtures = new ServerFixtures(context);
        AccountView customer = fixtures.customer("10");
        ProductView product = fixtures.product("0", ServerFixtures.monthly("5"));
        long server = fixtures.activeServer(customer, product, "Zone SMP");
        Instant expires = servers.findById(server).orElseThrow().expiresAt();
        wallets.credit(customer.id(), usd("2.50"), WalletReason.REFUND, WalletReference.of("test", "zone-" + server), "zone test",
                null);
        PaymentTestAccess payments = new PaymentTestAccess(context);
        long payment = payments.startBankTransfer(customer.id(), "7");
        assertThat(payments.confirm(payment)).isTrue();
        Currency currency = usd("1").currency();

        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            Instant from = AT.minus(HALF_AN_HOUR);
            Instant to = AT.plus(HALF_AN_HOUR);
            assertThat(accountFigures.newCustomers(from, to)).as("the customer made at 12:00 UTC").isEqualTo(1);
            assertThat(accountFigures.newCustomers(to, to.plus(Duration.ofHours(13)))).as("nobody after 12:30 UTC").isZero();
            assertThat(accountFigures.newCustomersPerDay(from))
                    .contains(new AccountFigures.DayCount(LocalDate.parse("2021-06-15"), 1));
            assertThat(serverFigures.expiring(expires.minus(HALF_AN_HOUR), expires.plus(HALF_AN_HOUR))).isEqualTo(1);
            assertThat(serverFigures.expiring(expires.plus(HALF_AN_HOUR), expires.plus(Duration.ofHours(13)))).isZero();
            assertThat(serverFigures.soldPerDay(from)).contains(new ServerFigures.DayCount(LocalDate.parse("2021-06-15"), 1));
            assertThat(walletFigures.refunds(from, to).amount()).isEqualByComparingTo("2.50");
            assertThat(paymentFigures.revenueByGateway(from, to, currency, Locale.ENGLISH)).singleElement()
                    .satisfies(paid -> assertThat(paid.amount().amount()).isEqualByComparingTo("7"));
            java.util.List<io.pteroca.panel.shared.Money> since = paymentFigures.revenueSince(currency, from, to);
            assertThat(since.get(0).minus(since.get(1)).amount()).as("paid between 11:30 and 12:30 UTC").isEqualByComparingTo("7");
            assertThat(paymentFigures.revenuePerDay(from, currency)).anySatisfy(day -> {
                assertThat(day.day()).isEqualTo(LocalDate.parse("2021-06-15"));
                assertThat(day.amount().amount()).isEqualByComparingTo("7");
            });
        } finally {
            TimeZone.setDefault(original);
        }
    }
}
