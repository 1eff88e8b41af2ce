package io.pteroca.panel.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPlugins;
import io.pteroca.panel.support.WebSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the panel refuses: CRITICAL plugins through the UI, the command line and uploads; HIGH ones without an
 * accepted risk; broken dependencies; and a plugin reaching for what is not its own.
 */
class PluginRulesTest extends IntegrationTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private PluginDirectory directory;
    private PluginTestAccess plugins;
    private PluginFixtures fixtures;
    private final List<String> installed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        plugins = new PluginTestAccess(context);
        fixtures = new PluginFixtures(context, port);
    }

    @AfterEach
    void removeWhatTheTestInstalled() {
        for (int i = installed.size() - 1; i >= 0; i--) {
            plugins.removeIfPresent(installed.get(i));
        }
    }

    private static String minimal(String packageName, String body) {
        return """
                package %s;
                public class Main implements io.pteroca.plugin.PanelPlugin {
                    @Override public void start(io.pteroca.plugin.PluginContext context) throws Exception { %s }
                }
                """.formatted(packageName, body);
    }

    private Path dropIntoFolder(Path jar, String id) throws Exception {
        installed.add(id);
        return Files.copy(jar, directory.path().resolve(id + ".jar"));
    }

    @Test
    void criticalPluginsCanBeEnabledNeitherInTheBrowserNorOnTheCommandLineNorByUpload() throws Exception {
        AccountView admin = fixtures.account(Role.ADMIN);
        WebSession web = fixtures.signedIn(admin);
        Map<String, Path> jars = MaliciousJars.all("crit-");
        for (Map.Entry<String, Path> jar : jars.entrySet()) {
            boolean critical = java.util.Arrays.stream(Rule.values()).anyMatch(r -> r.id().equals(jar.getKey())
                    && r.level() == Level.CRITICAL);
            if (!critical) {
                continue;
            }
            String id = ManifestReader.read(jar.getValue()).id();
            WebSession.Page upload = PluginFixtures.upload(web, jar.getValue());
            assertThat(upload.redirectsTo("/admin/plugins")).as(jar.getKey()).isTrue();
            String page = web.get("/admin/plugins").body();
            assertThat(page).as(jar.getKey()).contains("id=\"flash-error\"").contains("id=\"upload-findings\"");
            assertThat(plugins.state(id)).as(jar.getKey() + " is not installed").isEqualTo("NONE");
        }

        // One put into the folder directly is found, blocked, and cannot be enabled by the UI or the command line.
        Path exec = MaliciousJars.withCode("crit-folder", "process-execution");
        dropIntoFolder(exec, "crit-folder");
        web.get("/admin/plugins");
        web.post("/admin/plugins/scan", Map.of());
        assertThat(plugins.state("crit-folder")).isEqualTo("BLOCKED");
        String detail = web.get("/admin/plugins/crit-folder").body();
        assertThat(detail).contains("data-rule=\"process-execution\"").contains("evil.Evil#run").contains("Critical");
        web.post("/admin/plugins/crit-folder/enable", Map.of("acceptRisk", "true"));
        assertThat(plugins.state("crit-folder")).isEqualTo("BLOCKED");
        assertThat(plugins.running("crit-folder")).isFalse();
        PluginTestAccess.CommandResult cli = plugins.command("plugin", "enable", "crit-folder", "--accept-risk");
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("CRITICAL process-execution in evil.Evil#run");
        assertThat(plugins.running("crit-folder")).isFalse();
        PluginTestAccess.CommandResult install = plugins.command("plugin", "install", exec.toString());
        assertThat(install.exitCode()).isEqualTo(1);
        assertThat(install.err()).contains("CRITICAL process-execution");

        // a zip holding a plugin and an entry that leaves its folder is refused whole
        Path zip = TestPlugins.write(TestPlugins.scratch().resolve("bundle.zip"), Map.of(
                "hello-world.jar", Files.readAllBytes(TestPlugins.helloWorld()), "../../../tmp/evil", new byte[] {1}));
        PluginFixtures.upload(web, zip);
        assertThat(web.get("/admin/plugins").body()).contains("id=\"upload-findings\"");
        assertThat(plugins.state("hello-world")).isEqualTo("NONE");
    }

    @Test
    void aHighFindingIsEnabledOnlyWithTheRiskAccepted() throws Exception {
        AccountView admin = fixtures.account(Role.ADMIN);
        WebSession web = fixtures.signedIn(admin);
        Path jar = TestPlugins.Jar.plugin("risky").pluginClass("risky.Main").source("risky.Main", """
                package risky;
                public class Main implements io.pteroca.plugin.PanelPlugin {
                    @Override public void start(io.pteroca.plugin.PluginContext context) { }
                    static void unused() throws Exception { new java.net.Socket("127.0.0.1", 9).close(); }
                }
                """).build();
        installed.add("risky");
        PluginFixtures.upload(web, jar);
        assertThat(plugins.findingRules("risky")).contains("network-access");
        web.get("/admin/plugins/risky");
        web.post("/admin/plugins/risky/enable", Map.of());
        assertThat(plugins.running("risky")).isFalse();
        assertThat(web.get("/admin/plugins/risky").body()).contains("id=\"accept-risk\"");
        web.post("/admin/plugins/risky/enable", Map.of("acceptRisk", "true"));
        assertThat(plugins.running("risky")).isTrue();
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE details LIKE 'risky%'", String.class))
                .contains("plugin_installed", "plugin_enable_refused", "plugin_risk_accepted", "plugin_enabled");
    }

    @Test
    void dependenciesAreResolvedBySemanticVersionAndCyclesAndMissingOnesAreRefused() throws Exception {
        for (String[] plugin : new String[][] {
                {"dep-base", "1.2.0", null}, {"dep-newer", "1.0.0", "dep-base@>=2.0.0"}, {"dep-user", "1.0.0", "dep-base@>=1.0.0 & <2.0.0"},
                {"dep-orphan", "1.0.0", "dep-nowhere@>=1.0.0"}, {"dep-cycle-a", "1.0.0", "dep-cycle-b"}, {"dep-cycle-b", "1.0.0", "dep-cycle-a"}}) {
            String pkg = plugin[0].replace("-", "");
            TestPlugins.Jar jar = TestPlugins.Jar.plugin(plugin[0]).version(plugin[1]).pluginClass(pkg + ".Main")
                    .source(pkg + ".Main", minimal(pkg, ""));
            if (plugin[2] != null) {
                jar.dependencies(plugin[2]);
            }
            installed.add(plugin[0]);
            plugins.install(jar.build());
        }
        assertThatThrownBy(() -> plugins.enable("dep-user")).hasMessageContaining("plugin.refused.dependencyDisabled");
        plugins.enable("dep-base");
        plugins.enable("dep-user");
        assertThat(plugins.running("dep-user")).isTrue();
        assertThatThrownBy(() -> plugins.enable("dep-newer")).hasMessageContaining("plugin.refused.dependencyVersion");
        assertThatThrownBy(() -> plugins.enable("dep-orphan")).hasMessageContaining("plugin.refused.missingDependency");
        assertThatThrownBy(() -> plugins.enable("dep-cycle-a")).hasMessageContaining("plugin.refused.cycle")
                .hasMessageContaining("dep-cycle-a → dep-cycle-b → dep-cycle-a");
        assertThatThrownBy(() -> plugins.disable("dep-base")).hasMessageContaining("plugin.refused.dependents")
                .hasMessageContaining("dep-user");
        plugins.disable("dep-user");
        plugins.disable("dep-base");
        PluginTestAccess.CommandResult list = plugins.command("plugin", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("dep-base").contains("DISABLED");
    }

    @Test
    void aPluginReachesNeitherThePanelsDataNorAnotherPluginsSettingsNorPanelClasses() throws Exception {
        installed.add("hello-world");
        plugins.install(TestPlugins.helloWorld());
        plugins.enable("hello-world");
        settings.set(io.pteroca.panel.mail.MailSettings.PASSWORD, "panel-smtp-secret");
        Path snoop = TestPlugins.Jar.plugin("snoop").pluginClass("snoop.Main")
                .yaml("name: snoop\ncapabilities: [migrations, settings]\nsettings:\n  - key: own\n    default: mine\n")
                .file("db/migration/V1__result.sql", "CREATE TABLE plg_snoop_result (attempt VARCHAR(40), outcome VARCHAR(200));")
                .source("snoop.Main", """
                        package snoop;
                        import io.pteroca.plugin.*;
                        public class Main implements PanelPlugin {
                            @Override public void start(PluginContext context) {
                                PluginDatabase db = context.database();
                                try_(db, "panel-setting", () -> db.query("SELECT setting_value FROM setting"));
                                try_(db, "panel-users", () -> db.query("SELECT email FROM plg_snoop_result, users"));
                                try_(db, "other-plugin", () -> db.query("SELECT name FROM plg_hello_world_greeting"));
                                try_(db, "other-settings", () -> context.settings().get("greeting"));
                                try_(db, "panel-class", () -> Class.forName("io.pteroca.panel.setting.Settings"));
                                try_(db, "own-setting", () -> context.settings().get("own"));
                            }
                            private static void try_(PluginDatabase db, String attempt, java.util.concurrent.Callable<Object> work) {
                                String outcome;
                                try { outcome = "allowed " + work.call(); } catch (Exception e) { outcome = e.getClass().getSimpleName(); }
                                db.update("INSERT INTO plg_snoop_result (attempt, outcome) VALUES (?, ?)", attempt, outcome);
                            }
                        }
                        """).build();
        installed.add("snoop");
        plugins.install(snoop);
        new PluginTestAccess(context).command("plugin", "enable", "snoop", "--accept-risk");
        assertThat(plugins.running("snoop")).isTrue();
        Map<String, String> outcomes = new java.util.HashMap<>();
        jdbc.queryForList("SELECT attempt, outcome FROM plg_snoop_result").forEach(row ->
                outcomes.put((String) row.get("ATTEMPT"), (String) row.get("OUTCOME")));
        assertThat(outcomes).containsEntry("panel-setting", "PluginAccessDeniedException")
                .containsEntry("panel-users", "PluginAccessDeniedException")
                .containsEntry("other-plugin", "PluginAccessDeniedException")
                .containsEntry("other-settings", "PluginAccessDeniedException")
                .containsEntry("panel-class", "ClassNotFoundException")
                .containsEntry("own-setting", "allowed mine");
    }
}
