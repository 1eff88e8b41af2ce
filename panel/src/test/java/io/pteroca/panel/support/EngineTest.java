package io.pteroca.panel.support;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The panel (without a web server) on one database engine of the matrix; subclasses pick the engine. */
@SpringBootTest
public abstract class EngineTest {

    @Autowired
    private ApplicationContext context;

    protected static void useDatabase(DynamicPropertyRegistry registry, TestDatabases.Connection database) {
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "12");
        registry.add("pteroca.encryption.key-file", () -> Path.of("target", "test-data", "encryption.key").toString());
        // Each engine's panel gets a plugins folder of its own: their databases record different plugin states.
        registry.add("pteroca.plugins.dir", () -> TestPlugins.folder("engine-" + java.util.UUID.randomUUID()).toString());
        registry.add("pteroca.plugins.data-dir", () -> Path.of("target", "test-data", "plugin-data").toString());
    }

    public ApplicationContext context() {
        return context;
    }
}
