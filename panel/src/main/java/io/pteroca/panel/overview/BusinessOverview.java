package io.pteroca.panel.overview;

import io.pteroca.panel.account.AccountFigures;
import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.mail.MailFigures;
import io.pteroca.panel.payment.PaymentFigures;
import io.pteroca.panel.server.ServerFigures;
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.wallet.WalletFigures;
import io.pteroca.panel.wallet.WalletSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Gathers the overview's figures and charts from the modules that own them (days are UTC days). */
@Service
class BusinessOverview {

    record Figures(Money revenueToday, Money revenue30Days, Money revenue12Months, List<PaymentFigures.GatewayAmount> byGateway,
                   Money refunds30Days, long customers, long newCustomers30Days, Map<ServerState, Long> servers,
                   long expiringIn7Days, long pendingBankTransfers, long failedEmails) {
    }

    record Charts(Series revenuePerDay, Series revenuePerMonth, Series customersPerMonth, Series serversPerMonth,
                  Series serversByProduct) {
    }

    private final PaymentFigures payments;
    private final WalletFigures wallets;
    private final WalletSettings walletSettings;
    private final AccountFigures accounts;
    private final ServerFigures servers;
    private final MailFigures mail;
    private final Catalog catalog;
    private final Clock clock;

    BusinessOverview(PaymentFigures payments, WalletFigures wallets, WalletSettings walletSettings, AccountFigures accounts,
                     ServerFigures servers, MailFigures mail, Catalog catalog, Clock clock) {
        this.payments = payments;
        this.wallets = wallets;
        this.walletSettings = walletSettings;
        this.accounts = accounts;
        this.servers = servers;
        this.mail = mail;
        this.catalog = catalog;
        this.clock = clock;
    }

    Figures figures(Locale locale) {
        Instant now = clock.instant();
        Currency currency = walletSettings.currency();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant startOfToday = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant thirtyDaysAgo = startOfToday.minus(Duration.ofDays(29));
        Instant yearAgo = today.minusMonths(11).withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Money> revenue = payments.revenueSince(currency, yearAgo, thirtyDaysAgo, startOfToday);
        return new Figures(revenue.get(2), revenue.get(1), revenue.get(0),
                payments.revenueByGateway(thirtyDaysAgo, now, currency, locale), wallets.refunds(thirtyDaysAgo, now),
                accounts.customers(), accounts.newCustomers(thirtyDaysAgo, now), servers.byState(),
                servers.expiring(now, now.plus(Duration.ofDays(7))), payments.pendingBankTransfers(), mail.failed());
    }

    Charts charts(Locale locale) {
        Instant now = clock.instant();
        Currency currency = walletSettings.currency();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate firstDay = today.minusDays(29);
        YearMonth firstMonth = YearMonth.from(today).minusMonths(11);
        Instant yearAgo = firstMonth.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        List<PaymentFigures.DayAmount> paid = payments.revenuePerDay(yearAgo, currency);
        Map<LocalDate, Number> paidPerDay = paid.stream().collect(Collectors.toMap(PaymentFigures.DayAmount::day,
                d -> d.amount().amount(), (a, b) -> a));
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("d MMM", locale);
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        List<String> dayLabels = new ArrayList<>();
        List<Number> dayValues = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            dayLabels.add(day.format(dayFormat));
            dayValues.add(paidPerDay.getOrDefault(day, 0));
        }
        return new Charts(new Series(dayLabels, dayValues),
                revenuePerMonth(firstMonth, monthFormat, paid, currency),
                perMonth(firstMonth, monthFormat, accounts.newCustomersPerDay(yearAgo), AccountFigures.DayCount::day,
                        AccountFigures.DayCount::count),
                perMonth(firstMonth, monthFormat, servers.soldPerDay(yearAgo), ServerFigures.DayCount::day,
                        ServerFigures.DayCount::count),
                byProduct());
    }

    private static <T> Series perMonth(YearMonth first, DateTimeFormatter format, List<T> days, Function<T, LocalDate> day,
                                       Function<T, Long> count) {
        Map<YearMonth, Long> sums = new LinkedHashMap<>();
        days.forEach(entry -> sums.merge(YearMonth.from(day.apply(entry)), count.apply(entry), Long::sum));
        return months(first, format, month -> sums.getOrDefault(month, 0L));
    }

    private static Series revenuePerMonth(YearMonth first, DateTimeFormatter format, List<PaymentFigures.DayAmount> days,
                                          Currency currency) {
        Map<YearMonth, Money> sums = new LinkedHashMap<>();
        days.forEach(entry -> sums.merge(YearMonth.from(entry.day()), entry.amount(), Money::plus));
        return months(first, format, month -> sums.getOrDefault(month, Money.zero(currency)).amount());
    }

    private static Series months(YearMonth first, DateTimeFormatter format, Function<YearMonth, Number> value) {
        List<String> labels = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            YearMonth month = first.plusMonths(i);
            labels.add(month.format(format));
            values.add(value.apply(month));
        }
        return new Series(labels, values);
    }

    private Series byProduct() {
        Map<Long, String> names = catalog.allProducts().stream().collect(Collectors.toMap(ProductView::id, ProductView::name,
                (a, b) -> a));
        List<String> labels = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        for (ServerFigures.ProductCount count : servers.byProduct()) {
            labels.add(names.getOrDefault(count.productId(), "#" + count.productId()));
            values.add(count.count());
        }
        return new Series(labels, values);
    }
}
