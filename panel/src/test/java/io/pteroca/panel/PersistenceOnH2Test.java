package io.pteroca.panel;

import io.pteroca.panel.support.EngineTest;
import io.pteroca.panel.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PersistenceOnH2Test extends EngineTest implements PersistenceContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        useDatabase(registry, TestDatabases.h2());
    }
}
