package io.pteroca.panel.setup;

import io.pteroca.panel.setting.SiteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** At start-up, until setup is finished, prints a fresh one-time setup token to the log. */
@Component
@ConditionalOnWebApplication
class SetupTokenAnnouncer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SetupTokenAnnouncer.class);

    private final SetupState state;
    private final SiteSettings site;
    private final Environment environment;

    SetupTokenAnnouncer(SetupState state, SiteSettings site, Environment environment) {
        this.state = state;
        this.site = site;
        this.environment = environment;
    }

    /** The configured site URL, or where this process actually listens while none is configured yet. */
    private String setupUrlBase() {
        String port = environment.getProperty("local.server.port");
        return site.isConfigured() || port == null ? site.url() : "http://localhost:" + port;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (state.completed()) {
            return;
        }
        String token = state.newToken();
        log.warn("""

                ==================================================================
                  PteroCA is not set up yet. Open {}/setup
                  and enter this one-time setup token:

                      {}

                  The token changes at every start until setup is finished.
                ==================================================================""", setupUrlBase(), token);
    }
}
