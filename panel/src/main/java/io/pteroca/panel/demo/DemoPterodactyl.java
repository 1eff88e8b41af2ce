package io.pteroca.panel.demo;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.state.EmulatorSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In demo mode the Pterodactyl emulator runs inside the panel, on a free port of this machine, and shares a single
 * sign-on secret, made at every start, with the panel.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoPterodactyl {

    @Bean
    SingleSignOnSecret demoSingleSignOnSecret() {
        return SingleSignOnSecret.random();
    }

    /** {@code pteroca.emulator.flavor=pelican} runs the whole demo on an emulated Pelican Panel with our plugin. */
    @Bean(destroyMethod = "close")
    PterodactylEmulator demoPterodactylEmulator(@Value("${pteroca.emulator.flavor:pterodactyl}") String flavor) {
        EmulatorSettings.Flavor chosen;
        try {
            chosen = EmulatorSettings.Flavor.valueOf(flavor.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("pteroca.emulator.flavor must be pterodactyl or pelican, not " + flavor);
        }
        return PterodactylEmulator.builder().host("127.0.0.1").port(0).flavor(chosen).allocationPorts(25565, 25664).build()
                .start();
    }

    /** The HS256 secret of "Open in Pterodactyl" between the demo panel and its emulator. */
    record SingleSignOnSecret(String value) {

        /** 48 random bytes, as text: more than HS256's 32. */
        static SingleSignOnSecret random() {
            byte[] secret = new byte[48];
            new java.security.SecureRandom().nextBytes(secret);
            return new SingleSignOnSecret(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        }
    }
}
