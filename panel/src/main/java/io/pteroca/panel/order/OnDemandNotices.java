package io.pteroca.panel.order;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.mail.MailRequest;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.server.ServerBilling;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.UtcColumns;
import io.pteroca.panel.shared.work.ItemFailure;
import io.pteroca.panel.wallet.WalletSettings;
import io.pteroca.panel.wallet.Wallets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On-demand servers are charged every hour without an e-mail each time. Instead, once a day (UTC) each customer gets
 * a summary of the previous day's hourly charges, and at most once a day a warning when their wallet will not pay
 * the next 24 hours of the on-demand servers they keep running. What was sent is kept per customer, so a run after
 * downtime catches up without sending anything twice.
 */
@Component
class OnDemandNotices implements io.pteroca.panel.mail.MailSamples {

    private static final Logger log = LoggerFactory.getLogger(OnDemandNotices.class);
    /** How far back a summary reaches after a long downtime. */
    private static final Duration CATCH_UP = Duration.ofDays(7);
    private static final Duration WARNING_INTERVAL = Duration.ofHours(24);

    private final ServerOrderRepository orders;
    private final ServerBilling servers;
    private final Wallets wallets;
    private final WalletSettings wallet;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final SiteSettings site;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OnDemandNotices(ServerOrderRepository orders, ServerBilling servers, Wallets wallets, WalletSettings wallet,
                    Accounts accounts, Mailer mailer, MessageSource messages, SiteSettings site, JdbcTemplate jdbc, TransactionTemplate transactions,
                    Clock clock) {
        this.orders = orders;
        this.servers = servers;
        this.wallets = wallets;
        this.wallet = wallet;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.site = site;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pteroca.servers.on-demand-notices-interval:PT15M}",
            initialDelayString = "${pteroca.servers.lifecycle-initial-delay:PT30S}")
    @SchedulerLock(name = "on-demand-notices", lockAtLeastFor = "PT1M")
    void tick() {
        runOnce();
    }

    void runOnce() {
        Instant now = clock.instant();
        sendSummaries(now.truncatedTo(ChronoUnit.DAYS));
        warnLowBalances(now);
    }

    /** Each customer's hourly charges before {@code todayStart} that no summary has listed yet, in one e-mail. */
    private void sendSummaries(Instant todayStart) {
        Map<Long, List<ServerOrder>> byPayer = orders.hourlyBetween(todayStart.minus(CATCH_UP), todayStart).stream()
                .collect(Collectors.groupingBy(ServerOrder::userId, LinkedHashMap::new, Collectors.toList()));
        byPayer.forEach((payerId, charges) -> {
            try {
                transactions.executeWithoutResult(status -> summarise(payerId, charges, todayStart));
            } catch (Throwable e) {
                ItemFailure.rethrowIfFatal(e);
                log.error("On-demand summary failed for account {}", payerId, e);
            }
        });
    }

    private void summarise(long payerId, List<ServerOrder> charges, Instant todayStart) {
        Instant since = lockNotice(payerId).summarisedUntil();
        List<ServerOrder> unlisted = charges.stream().filter(o -> since == null || !o.createdAt().isBefore(since)).toList();
        jdbc.update("UPDATE on_demand_notice SET summarised_until = ? WHERE user_id = ?", UtcColumns.utc(todayStart), payerId);
        if (unlisted.isEmpty()) {
            return;
        }
        accounts.find(payerId).filter(OnDemandNotices::reachable).ifPresent(payer -> {
            Locale locale = localeOf(payer);
            Map<Long, String> names = servers.names(unlisted.stream().map(ServerOrder::serverId).distinct().toList());
            Map<Long, List<ServerOrder>> byServer = unlisted.stream()
                    .collect(Collectors.groupingBy(ServerOrder::serverId, LinkedHashMap::new, Collectors.toList()));
            List<String> lines = new ArrayList<>();
            Money total = Money.zero(wallet.currency());
            for (Map.Entry<Long, List<ServerOrder>> server : byServer.entrySet()) {
                Money sum = server.getValue().stream().map(o -> o.total(wallet.currency()))
                        .reduce(Money.zero(wallet.currency()), Money::plus);
                total = total.plus(sum);
                lines.add(messages.getMessage("mail.onDemand.summary.line", new Object[] {
                        names.getOrDefault(server.getKey(), "#" + server.getKey()), server.getValue().size(),
                        sum.formatPrecise(locale)}, locale));
            }
            Instant first = unlisted.get(0).createdAt();
            String period = dateOf(first, locale).equals(dateOf(todayStart.minusSeconds(1), locale))
                    ? dateOf(first, locale) : dateOf(first, locale) + " – " + dateOf(todayStart.minusSeconds(1), locale);
            send(payer, MailType.ON_DEMAND_SUMMARY, "mail.onDemand.summary", new Object[] {period},
                    new Object[] {period, total.formatPrecise(locale), wallets.balance(payerId).format(locale)}, lines);
        });
    }

    /** Customers whose wallet will not pay the next day of their running on-demand servers, warned once a day. */
    private void warnLowBalances(Instant now) {
        servers.onDemandHourlyCosts().forEach((ownerId, hourly) -> {
            try {
                transactions.executeWithoutResult(status -> warnIfShort(ownerId, hourly.times(24), now));
            } catch (Throwable e) {
                ItemFailure.rethrowIfFatal(e);
                log.error("Low-balance check failed for account {}", ownerId, e);
            }
        });
    }

    private void warnIfShort(long ownerId, Money nextDay, Instant now) {
        Money balance = wallets.balance(ownerId);
        if (!balance.isLessThan(nextDay)) {
            return;
        }
        Instant warned = lockNotice(ownerId).lowBalanceWarnedAt();
        if (warned != null && warned.plus(WARNING_INTERVAL).isAfter(now)) {
            return;
        }
        jdbc.update("UPDATE on_demand_notice SET low_balance_warned_at = ? WHERE user_id = ?", UtcColumns.utc(now), ownerId);
        accounts.find(ownerId).filter(OnDemandNotices::reachable).ifPresent(owner -> {
            Locale locale = localeOf(owner);
            send(owner, MailType.LOW_BALANCE, "mail.onDemand.lowBalance", new Object[0],
                    new Object[] {balance.format(locale), nextDay.formatPrecise(locale)}, List.of());
        });
    }

    private record Notice(Instant summarisedUntil, Instant lowBalanceWarnedAt) {
    }

    /** The customer's notice row, created if missing and locked until the transaction ends (one sender at a time). */
    private Notice lockNotice(long userId) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM on_demand_notice WHERE user_id = ?", Integer.class, userId) == 0) {
            try {
                jdbc.update("INSERT INTO on_demand_notice (user_id) VALUES (?)", userId);
            } catch (org.springframework.dao.DuplicateKeyException another) {
                // Another instance created it meanwhile; the lock below waits for it.
            }
        }
        return jdbc.queryForObject("SELECT summarised_until, low_balance_warned_at FROM on_demand_notice WHERE user_id = ? FOR UPDATE",
                (rs, row) -> new Notice(UtcColumns.instant(rs, 1), UtcColumns.instant(rs, 2)), userId);
    }

    private void send(AccountView to, MailType type, String key, Object[] subjectArgs, Object[] bodyArgs, List<String> lines) {
        mailer.send(request(to.email(), to.id(), to.firstName(), localeOf(to), type, key, subjectArgs, bodyArgs, lines));
    }

    /** The daily summary and the low-balance warning, with made-up charges, for the admin's e-mail previews. */
    @Override
    public List<MailSample> samples(Locale locale) {
        java.util.Currency usd = wallet.currency();
        String period = "2030-01-30";
        List<String> lines = List.of(messages.getMessage("mail.onDemand.summary.line",
                new Object[] {"Survival SMP", 24, Money.of("0.2376", usd).formatPrecise(locale)}, locale));
        return List.of(
                new MailSample("order-on-demand-summary", request("alex@example.com", null, "Alex", locale,
                        MailType.ON_DEMAND_SUMMARY, "mail.onDemand.summary", new Object[] {period}, new Object[] {period,
                                Money.of("0.2376", usd).formatPrecise(locale), Money.of("4.75", usd).format(locale)}, lines)),
                new MailSample("order-low-balance", request("alex@example.com", null, "Alex", locale, MailType.LOW_BALANCE,
                        "mail.onDemand.lowBalance", new Object[0], new Object[] {Money.of("0.12", usd).format(locale),
                                Money.of("0.2376", usd).formatPrecise(locale)}, List.of())));
    }

    private MailRequest request(String email, Long accountId, String firstName, Locale locale, MailType type, String key,
                                Object[] subjectArgs, Object[] bodyArgs, List<String> lines) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", firstName);
        model.put("siteTitle", site.title());
        model.put("siteUrl", site.url());
        model.put("bodyKey", key + ".body");
        model.put("bodyArgs", bodyArgs);
        model.put("lines", lines);
        return new MailRequest(email, accountId, type, "order/mail/on-demand", key + ".subject", subjectArgs, model, locale);
    }

    private Locale localeOf(AccountView account) {
        return account.language() != null ? Locale.forLanguageTag(account.language()) : site.defaultLocale();
    }

    private static boolean reachable(AccountView account) {
        return account.email() != null && !account.deleted();
    }

    private static String dateOf(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }
}
