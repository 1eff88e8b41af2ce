package io.pteroca.panel;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails when a feature package reaches into another feature's internals or features depend on each other in a cycle. */
class ArchitectureTest {

    @Test
    void featuresOnlyUseEachOthersPublicApi() {
        ApplicationModules.of(PanelApplication.class).verify();
    }
}
