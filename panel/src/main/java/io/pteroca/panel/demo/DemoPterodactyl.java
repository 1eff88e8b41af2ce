package io.pteroca.panel.demo;

import io.pteroca.emulator.PterodactylEmulator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** In demo mode the Pterodactyl emulator runs inside the panel, on a free port of this machine. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoPterodactyl {

    @Bean(destroyMethod = "close")
    PterodactylEmulator demoPterodactylEmulator() {
        return PterodactylEmulator.builder().host("127.0.0.1").port(0).allocationPorts(25565, 25664).build().start();
    }
}
