package io.pteroca.panel.server;

import static io.pteroca.panel.support.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.OnDemandTestAccess;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Hourly charges are silent: one summary a day, and a low-balance warning at most once a day. */
class OnDemandMailTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Lifecycle lifecycle;
    @Autowired
    ServerWork work;
    @Autowired
    Wallets wallets;

    /** An hour passes: the lifecycle charges the next hour, the notices job runs, and what they sent is delivered. */
    private void hour() {
        clock.advance(Duration.ofHours(1));
        lifecycle.runOnce();
        work.runDue();
        OnDemandTestAccess.sendNotices(context);
        BackgroundWork.awaitIdle();
    }

    private static List<String> subjects(AccountView customer) {
        BackgroundWork.awaitIdle();
        return TestMail.to(customer.email()).stream().map(OnDemandMailTest::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void hourlyChargesSendOneSummaryADayAndOneLowBalanceWarningADay() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView hourly = fixtures.product("0", ServerFixtures.hourly("0.01"));
        AccountView customer = fixtures.customer("0.30");
        clock.advance(Duration.between(clock.instant(), clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1))));
        long id = fixtures.activeServer(customer, hourly, "Hourly " + UUID.randomUUID().toString().substring(0, 4));
        int before = subjects(customer).size();

        for (int hour = 0; hour < 23; hour++) {
            hour();
        }
        List<String> day = subjects(customer).subList(before, subjects(customer).size());
        assertThat(day).as("no e-mail for each hour's charge").noneMatch(s -> s.startsWith("Renewed"));
        assertThat(day).as("the balance dropped below a day's cost: warned once")
                .containsExactly("Top up to keep your on-demand servers running");
        assertThat(fixtures.state(id)).isEqualTo(ServerState.ACTIVE);

        clock.advance(Duration.between(clock.instant(), clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1))));
        OnDemandTestAccess.sendNotices(context);
        OnDemandTestAccess.sendNotices(context);
        List<MimeMessage> summaries = TestMail.await(customer.email(), before + 2).stream()
                .filter(m -> subject(m).startsWith("Your on-demand charges")).toList();
        assertThat(summaries).as("one summary of the day, however often the job runs").hasSize(1);
        String summary = TestMail.body(summaries.get(0));
        assertThat(summary).contains("Hourly ").containsPattern("\\d+ hours, 0\\.\\d\\d USD");

        wallets.credit(customer.id(), usd("0.10"), WalletReason.ADMIN_CREDIT, WalletReference.of("test", UUID.randomUUID()),
                "top up", null);
        for (int hour = 0; hour < 8; hour++) {
            hour();
        }
        assertThat(subjects(customer)).as("still short a day later: a second warning")
                .filteredOn(s -> s.startsWith("Top up to keep")).hasSize(2);
        assertThat(subjects(customer)).noneMatch(s -> s.startsWith("Renewed"));
    }
}
