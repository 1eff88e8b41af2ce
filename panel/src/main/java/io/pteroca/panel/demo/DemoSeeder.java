package io.pteroca.panel.demo;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.pterodactyl.PterodactylSettings;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.setup.SetupState;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.WalletSettings;
import io.pteroca.panel.wallet.Wallets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo's fresh in-memory database: setup done, Pterodactyl pointing at the embedded emulator, the demo's
 * settings, a demo admin and a demo customer with money and a running server, and a small store. Runs before anything
 * that would ask for setup; once start-up is complete it prints where to go and how to sign in, as the last thing.
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
    private final PterodactylSettings pterodactyl;
    private final PterodactylEmulator emulator;
    private final Accounts accounts;
    private final Environment environment;
    private final DemoSettings settings;
    private final DemoCatalog catalog;
    private final Wallets wallets;
    private final WalletSettings walletSettings;
    private final DemoServer server;
    private final DemoPterodactyl.SingleSignOnSecret sso;
    private volatile boolean serverRunning;

    DemoSeeder(DemoSettings settings, SetupState setup, SiteSettings site, PterodactylSettings pterodactyl,
               PterodactylEmulator emulator, Accounts accounts, Environment environment, DemoCatalog catalog, Wallets wallets,
               WalletSettings walletSettings, DemoServer server, DemoPterodactyl.SingleSignOnSecret sso) {
        this.sso = sso;
        this.settings = settings;
        this.catalog = catalog;
        this.wallets = wallets;
        this.walletSettings = walletSettings;
        this.server = server;
        this.setup = setup;
        this.site = site;
        this.pterodactyl = pterodactyl;
        this.emulator = emulator;
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        site.configure(url(), "PteroCA demo", "en");
        pterodactyl.configure(emulator.baseUrl(), emulator.applicationKey());
        trustThisPanelForSingleSignOn();
        settings.apply();
        setup.complete();
        accounts.createVerified(ADMIN_EMAIL, "Demo", "Admin", PASSWORD, Role.ADMIN, "demo");
        long customer = accounts.createVerified(CUSTOMER_EMAIL, "Demo", "Customer", PASSWORD, Role.USER, "demo").id();
        long starter = catalog.seed();
        wallets.credit(customer, Money.of("25", walletSettings.currency()), WalletReason.ADMIN_CREDIT, WalletReference.of("demo", "welcome"),
                "Demo credit", null);
        serverRunning = server.orderAndStart(customer, starter);
    }

    /** After every runner and every other listener of the ready panel (plugins start there), so nothing comes after it. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void announce() {
        String url = url();
        log.info("""

                ================================================================================
                  PteroCA demo is ready at {}
                  In-memory data, reset at every start. No money moves and no e-mail leaves.

                    admin      {}  /  {}
                    customer   {}  /  {}
                               owns the Minecraft server "{}"{}

                  E-mails the demo sends:  {}/demo/mailbox
                  Top-ups: Stripe in test mode (a stand-in checkout in this demo) and bank transfer
                  {} (emulated):  {}
                ================================================================================""",
                url, ADMIN_EMAIL, PASSWORD, CUSTOMER_EMAIL, PASSWORD, DemoServer.NAME,
                serverRunning ? ", running" : " (still being set up)", url,
                emulator.settings().flavor == io.pteroca.emulator.state.EmulatorSettings.Flavor.PELICAN ? "Pelican    " : "Pterodactyl",
                emulator.baseUrl());
    }

    /**
     * The emulator plays the addon's part of "Open in Pterodactyl" (PTEROCA_SSO_SECRET and PTEROCA_SSO_ISSUER): it
     * accepts tokens this panel signs with the demo's secret. The issuer is this panel's URL, known once it listens.
     */
    private void trustThisPanelForSingleSignOn() {
        synchronized (emulator.state()) {
            emulator.settings().ssoSecret = sso.value();
            emulator.settings().ssoIssuer = url();
        }
    }

    private String url() {
        return "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }
}
