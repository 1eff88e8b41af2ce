package io.pteroca.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * A day on the panel, squeezed: visitors browse the store, customers sign in and look at their dashboard, their
 * servers, one server and their wallet, staff page through the servers list and open the overview. Every virtual
 * user waits between pages as a person does, so the figures are response times under {@code users} people, not
 * the throughput of {@code users} connections hammering without pause.
 *
 * <p>Set with system properties (bench/load passes them): {@code base}, {@code users}, {@code seconds},
 * {@code thinkMillis}, and the accounts: {@code customers} and {@code admins} name CSV files ({@code email,password}
 * with that header) whose rows the virtual people take in turn; without them everyone shares {@code customerEmail} /
 * {@code customerPassword} or {@code adminEmail} / {@code adminPassword}. One shared account is not how a panel is
 * used: sign-in lets ten attempts per account and address run at once, so a slow moment refuses the rest.
 */
public class PanelLoadSimulation extends Simulation {

    private static final String BASE = System.getProperty("base", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("users", 100);
    private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("seconds", 120));
    private static final Duration RAMP = Duration.ofSeconds(10);
    /**
     * The pages asked for while people still arrive and sign in carry this prefix, so each page's figures are those of
     * the steady state of {@code users} people, and the ramp-up's (every sign-in of the run falls in it) show apart.
     */
    private static final String RAMP_UP = "ramp-up ";
    private static final long STEADY_FROM = System.nanoTime() + RAMP.plusSeconds(10).toNanos();
    private static final Duration THINK = Duration.ofMillis(Integer.getInteger("thinkMillis", 1500));
    private static final String CUSTOMER_EMAIL = System.getProperty("customerEmail", "customer@demo.pteroca.test");
    private static final String CUSTOMER_PASSWORD = System.getProperty("customerPassword", "demo-password");
    private static final String ADMIN_EMAIL = System.getProperty("adminEmail", "admin@demo.pteroca.test");
    private static final String ADMIN_PASSWORD = System.getProperty("adminPassword", "demo-password");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("en")
            .userAgentHeader("pteroca-load")
            .disableCaching();

    /** Half the think time to one and a half: people do not click in step. */
    private static ChainBuilder think() {
        long millis = THINK.toMillis();
        return pause(Duration.ofMillis(millis / 2), Duration.ofMillis(millis * 3 / 2));
    }

    /** A page that must answer itself: a redirect (to the sign-in page, say) is a failure, not a slower success. */
    private static ChainBuilder page(String name, String path) {
        return exec(http(name).get(path).disableFollowRedirect().check(status().is(200))).exec(think());
    }

    /** Each virtual person's account: the next row of the CSV file named by {@code property}, else the shared one. */
    private static FeederBuilder<?> accounts(String property, String email, String password) {
        String file = System.getProperty(property, "");
        if (file.isBlank()) {
            return listFeeder(List.<Map<String, Object>>of(Map.of("email", email, "password", password))).circular();
        }
        return csv(file).circular();
    }

    private static ChainBuilder signIn(FeederBuilder<?> accounts, String landingMark) {
        return feed(accounts).exec(http("sign_in_page").get("/login")
                        .check(status().is(200), regex("name=\"_csrf\" value=\"([^\"]+)\"").saveAs("csrf")))
                .exec(think())
                .exec(http("sign_in").post("/login")
                        .formParam("username", "#{email}").formParam("password", "#{password}").formParam("_csrf", "#{csrf}")
                        .check(status().is(200), regex(landingMark).exists()))
                .exec(think());
    }

    private final ScenarioBuilder visitors = scenario("visitor")
            .exec(http(RAMP_UP + "store").get("/store").check(status().is(200),
                    regex("/store/products/(\\d+)").findAll().optional().saveAs("products")))
            .exec(think())
            .exec(rampUpThenSteady(PanelLoadSimulation::visitorPages));

    private static ChainBuilder visitorPages(String prefix) {
        return exec(page(prefix + "landing", "/"),
                page(prefix + "store", "/store"),
                exec(session -> session.set("product", pick(session.getList("products"), "1"))),
                page(prefix + "product", "/store/products/#{product}"));
    }

    private final ScenarioBuilder customers = scenario("customer")
            .exec(signIn(accounts("customers", CUSTOMER_EMAIL, CUSTOMER_PASSWORD), "id=\"greeting\""))
            .exec(http(RAMP_UP + "my_servers").get("/servers").disableFollowRedirect().check(status().is(200),
                    regex("href=\"/servers/(\\d+)\"").findAll().optional().saveAs("servers")))
            .exec(think())
            .exec(rampUpThenSteady(PanelLoadSimulation::customerPages));

    private static ChainBuilder customerPages(String prefix) {
        return exec(page(prefix + "dashboard", "/dashboard"),
                page(prefix + "my_servers", "/servers"),
                exec(session -> session.set("server", pick(session.getList("servers"), "1"))),
                page(prefix + "server_page", "/servers/#{server}"),
                page(prefix + "wallet_history", "/wallet"));
    }

    private final ScenarioBuilder staff = scenario("admin")
            .exec(signIn(accounts("admins", ADMIN_EMAIL, ADMIN_PASSWORD), "id=\"greeting\"|id=\"admin-menu\""))
            .exec(rampUpThenSteady(PanelLoadSimulation::staffPages));

    private static ChainBuilder staffPages(String prefix) {
        return exec(exec(session -> session.set("page", ThreadLocalRandom.current().nextInt(0, 50))),
                page(prefix + "admin_servers", "/admin/servers?state=ACTIVE&page=#{page}"),
                page(prefix + "admin_servers", "/admin/servers?page=#{page}"),
                page(prefix + "admin_overview", "/admin"));
    }

    /**
     * A person's pages, named with {@link #RAMP_UP} until everyone has arrived and signed in (with a margin for the
     * slowest sign-in and its pauses), then by their own names for {@link #LENGTH}.
     */
    private static ChainBuilder rampUpThenSteady(Function<String, ChainBuilder> pagesNamedWith) {
        return exec(asLongAs(session -> System.nanoTime() < STEADY_FROM).on(pagesNamedWith.apply(RAMP_UP)),
                during(LENGTH).on(pagesNamedWith.apply("")));
    }

    private static String pick(List<Object> found, String fallback) {
        return found == null || found.isEmpty() ? fallback : String.valueOf(found.get(ThreadLocalRandom.current().nextInt(found.size())));
    }

    {
        int admins = Math.max(1, USERS / 10);
        int customerCount = USERS * 45 / 100;
        int visitorCount = USERS - admins - customerCount;
        setUp(visitors.injectOpen(rampUsers(visitorCount).during(RAMP)),
                customers.injectOpen(rampUsers(customerCount).during(RAMP)),
                staff.injectOpen(rampUsers(admins).during(RAMP)))
                .protocols(protocol);
    }
}
