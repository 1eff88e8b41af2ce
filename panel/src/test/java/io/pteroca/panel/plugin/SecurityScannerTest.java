package io.pteroca.panel.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.support.TestPlugins;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The security scan reads bytecode, migrations, templates and bundled libraries, and names what it finds. */
class SecurityScannerTest {

    private final SecurityScanner scanner = new SecurityScanner(new Advisories(Path.of("target", "no-such-advisories.json")));

    private List<Finding> scan(Path jar) {
        return scanner.scan(jar, ManifestReader.read(jar));
    }

    @Test
    void everyCriticalAndHighRuleIsFoundWithItsClassAndMethod() {
        Map<String, Path> jars = MaliciousJars.all("evil-scan-");
        assertThat(jars).hasSize(18);
        for (Map.Entry<String, Path> jar : jars.entrySet()) {
            String rule = jar.getKey();
            List<Finding> findings = scan(jar.getValue());
            Finding finding = findings.stream().filter(f -> f.rule().equals(rule)).findFirst()
                    .orElseThrow(() -> new AssertionError(rule + " not found; found " + findings));
            Rule expected = java.util.Arrays.stream(Rule.values()).filter(r -> r.id().equals(rule)).findFirst().orElseThrow();
            assertThat(finding.level()).as(rule).isEqualTo(expected.level());
            assertThat(finding.level()).as(rule).isIn(Level.CRITICAL, Level.HIGH);
            if (MaliciousJars.CODE.containsKey(rule)) {
                assertThat(finding.className()).as(rule).isEqualTo(MaliciousJars.CLASS);
                assertThat(finding.methodName()).as(rule).isEqualTo(MaliciousJars.METHOD);
            } else {
                assertThat(finding.className()).as(rule + " names the entry").isNotBlank();
            }
        }
    }

    @Test
    void theExamplePluginHasNothingCriticalOrHigh() {
        List<Finding> findings = scan(TestPlugins.helloWorld());
        assertThat(findings).noneMatch(f -> f.level() == Level.CRITICAL || f.level() == Level.HIGH);
    }

    @Test
    void safeFormsOfTheSameThingsAreNotReported() {
        Path jar = TestPlugins.Jar.plugin("careful").yaml("name: careful\ncapabilities: [migrations]\nhosts: [api.example.com]\n")
                .pluginClass(MaliciousJars.CLASS).source(MaliciousJars.CLASS, MaliciousJars.evil("""
                        context.database().query("SELECT * FROM plg_careful_t WHERE n = ?", context.pluginId());
                        java.nio.file.Files.writeString(context.dataDirectory().resolve("state.txt"), "x");
                        String api = "https://api.example.com/v1";
                        """))
                .file("db/migration/V1__t.sql", "CREATE TABLE plg_careful_t (n VARCHAR(10));\nCREATE INDEX ix_t ON plg_careful_t (n);")
                .build();
        assertThat(scan(jar)).extracting(Finding::rule).doesNotContain("sql-concatenation", "file-write", "undeclared-host",
                "migration-outside-prefix");
    }

    @Test
    void credentialsAndEnvironmentReadsAreMedium() {
        Path jar = TestPlugins.Jar.plugin("leaky").pluginClass(MaliciousJars.CLASS).source(MaliciousJars.CLASS, """
                package evil;
                public class Evil implements io.pteroca.plugin.PanelPlugin {
                    private static final String API_TOKEN = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
                    @Override public void start(io.pteroca.plugin.PluginContext context) { String home = System.getenv("HOME"); }
                }
                """).build();
        assertThat(scan(jar)).filteredOn(f -> f.level() == Level.MEDIUM).extracting(Finding::rule)
                .contains("hard-coded-credential", "environment-read");
    }

    @Test
    void anArchiveBombIsRefusedBeforeAnythingIsRead() throws Exception {
        Path bomb = TestPlugins.scratch().resolve("bomb.jar");
        try (ZipOutputStream zip = new ZipOutputStream(java.nio.file.Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("plugin.yaml"));
            zip.write("name: bomb\n".getBytes());
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 210; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(java.nio.file.Files.size(bomb)).isLessThan(2 * 1024 * 1024);
        assertThatThrownBy(() -> ArchiveInspector.entries(bomb)).isInstanceOf(PluginRefusedException.class)
                .hasMessageContaining("plugin.problem.archiveBomb");
    }
}
