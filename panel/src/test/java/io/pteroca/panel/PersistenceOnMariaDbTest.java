package io.pteroca.panel;

import io.pteroca.panel.support.TestDatabases;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class PersistenceOnMariaDbTest implements PersistenceContract {

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.Connection database = TestDatabases.mariadb();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "12");
        registry.add("pteroca.encryption.key-file", () -> Path.of("target", "test-data", "encryption.key").toString());
    }

    @Override
    public ApplicationContext context() {
        return context;
    }
}
