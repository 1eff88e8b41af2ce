package io.pteroca.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyDepth;

/**
 * docs/modules.md is written from the code: which module uses which, and the other modules' events each hears.
 * When the committed file differs, the test rewrites it and fails, so the map in the docs never drifts from the
 * code: review the new file and commit it.
 */
class ModuleDocumentationTest {

    private static final Path FILE = Path.of("..", "docs", "modules.md");

    @Test
    void theModuleMapInTheDocsIsTheCodes() throws IOException {
        String written = render(ApplicationModules.of(PanelApplication.class));
        String committed = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
        if (!committed.equals(written)) {
            Files.writeString(FILE, written, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("docs/modules.md was out of date and has been rewritten: review it and commit it")
                .isEqualTo(written);
    }

    private static String render(ApplicationModules modules) {
        List<ApplicationModule> sorted = modules.stream().sorted(Comparator.comparing(m -> m.getIdentifier().toString()))
                .toList();
        StringBuilder doc = new StringBuilder("""
                # Module map

                Written by `ModuleDocumentationTest` from the code (Spring Modulith's view of the `panel` application);
                do not edit by hand. What each module owns is described in [development.md](development.md).

                ```mermaid
                flowchart LR
                """);
        for (ApplicationModule module : sorted) {
            for (String target : dependencies(module, modules)) {
                doc.append("    ").append(module.getIdentifier()).append(" --> ").append(target).append('\n');
            }
        }
        doc.append("```\n\n| module | uses | listens to events of others |\n|---|---|---|\n");
        for (ApplicationModule module : sorted) {
            doc.append("| `").append(module.getIdentifier()).append("`").append(module.isOpen() ? " (open)" : "")
                    .append(" | ").append(String.join(", ", dependencies(module, modules)))
                    .append(" | ").append(names(module.getEventsListenedTo(modules)))
                    .append(" |\n");
        }
        return doc.toString();
    }

    private static List<String> dependencies(ApplicationModule module, ApplicationModules modules) {
        return module.getDependencies(modules, DependencyDepth.IMMEDIATE).uniqueModules()
                .map(target -> target.getIdentifier().toString()).distinct().sorted().toList();
    }

    private static String names(List<JavaClass> types) {
        return types.stream().map(JavaClass::getSimpleName).distinct().sorted().collect(Collectors.joining(", "));
    }
}
