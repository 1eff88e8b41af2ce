package io.pteroca.panel.demo;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.panel.account.AccountSettings;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.order.ServerOrders;
import io.pteroca.panel.pterodactyl.PterodactylSettings;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.setup.SetupState;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo's fresh in-memory database: setup done, Pterodactyl pointing at the embedded emulator, a demo
 * admin and a demo customer whose credentials are printed, and a small store. Runs before anything that would ask for setup.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoSeeder implements ApplicationRunner {

    static final String ADMIN_EMAIL = "admin@demo.pteroca.test";
    static final String CUSTOMER_EMAIL = "customer@demo.pteroca.test";
    static final String PASSWORD = "demo-password";

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final SetupState setup;
    private final SiteSettings site;
    private final AccountSettings accountSettings;
    private final PterodactylSettings pterodactyl;
    private final PterodactylEmulator emulator;
    private final Accounts accounts;
    private final Environment environment;
    private final Settings settings;
    private final DemoCatalog catalog;
    private final Wallets wallets;
    private final ServerOrders orders;

    DemoSeeder(Settings settings, SetupState setup, SiteSettings site, AccountSettings accountSettings, PterodactylSettings pterodactyl,
               PterodactylEmulator emulator, Accounts accounts, Environment environment, DemoCatalog catalog, Wallets wallets,
               ServerOrders orders) {
        this.catalog = catalog;
        this.wallets = wallets;
        this.orders = orders;
        this.setup = setup;
        this.site = site;
        this.accountSettings = accountSettings;
        this.pterodactyl = pterodactyl;
        this.emulator = emulator;
        this.accounts = accounts;
        this.environment = environment;
        this.settings = settings;
    }

    /** The demo has no Stripe key, so customers top up by (pretend) bank transfer and the demo admin confirms it. */
    private void offerBankTransfers() {
        settings.setAll(java.util.Map.of(
                settings.definition("payment.bank_transfer.enabled").orElseThrow(), "true",
                settings.definition("payment.bank_transfer.instructions").orElseThrow(),
                "<p>This is a demo: no money moves. Sign in as the demo admin and mark the payment received under "
                        + "Admin → Payments.</p>"));
    }

    @Override
    public void run(ApplicationArguments args) {
        String url = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        site.configure(url, "PteroCA demo", "en");
        accountSettings.disableVerification();
        pterodactyl.configure(emulator.baseUrl(), emulator.applicationKey());
        offerBankTransfers();
        setup.complete();
        accounts.createVerified(ADMIN_EMAIL, "Demo", "Admin", PASSWORD, Role.ADMIN, "demo");
        long customer = accounts.createVerified(CUSTOMER_EMAIL, "Demo", "Customer", PASSWORD, Role.USER, "demo").id();
        long starter = catalog.seed();
        // The demo customer has money and a running server; provisioning finishes once their account is linked.
        wallets.credit(customer, new BigDecimal("25"), WalletReason.ADMIN_CREDIT, WalletReference.of("demo", "welcome"),
                "Demo credit", null);
        orders.order(customer, starter, "Demo SMP");
        log.warn("""

                ==================================================================
                  PteroCA DEMO at {} (in-memory data, reset at every start)
                  Pterodactyl emulator at {}

                    admin:     {} / {}
                    customer:  {} / {}
                ==================================================================""",
                url, emulator.baseUrl(), ADMIN_EMAIL, PASSWORD, CUSTOMER_EMAIL, PASSWORD);
    }
}
