package io.pteroca.panel.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** theme.yaml: what makes it valid, and which panel versions a theme declares it supports. */
class ThemeManifestTest {

    @Test
    void readsAValidManifestAndWritesItBack() {
        ThemeManifest.Reading reading = ThemeManifest.read("""
                name: night-shift
                version: 2.1.0
                author: Ada
                description: Dark
                panel: ">=0.1, <1.0"
                contexts: [email, panel]
                """);
        assertThat(reading.problems()).isEmpty();
        ThemeManifest manifest = reading.manifest();
        assertThat(manifest.contextIds()).containsExactly("panel", "email");
        assertThat(manifest.takesPartIn(ThemeContext.LANDING)).isFalse();
        assertThat(ThemeManifest.read(manifest.renamed("copy").toYaml()).manifest()).isEqualTo(manifest.renamed("copy"));
    }

    @Test
    void reportsWhatIsWrong() {
        assertThat(keys("name: Bad Name\nversion: 1\ncontexts: [panel]")).containsExactly("theme.check.manifestName");
        assertThat(keys("version: 1\ncontexts: [panel]")).containsExactly("theme.check.manifestMissing");
        assertThat(keys("name: x\nversion: 1\ncontexts: []")).containsExactly("theme.check.manifestContexts");
        assertThat(keys("name: x\nversion: 1\ncontexts: [admin]")).containsExactly("theme.check.manifestContext");
        assertThat(keys("name: x\nversion: 1\npanel: soon\ncontexts: [panel]")).containsExactly("theme.check.manifestPanel");
        assertThat(keys("name: [x\n")).containsExactly("theme.check.manifestSyntax");
        assertThat(keys("- just\n- a list")).containsExactly("theme.check.manifestNotMap");
        assertThat(keys("name: x\nname: y\nversion: 1\ncontexts: [panel]")).containsExactly("theme.check.manifestSyntax");
        assertThat(keys("a: &a [1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]"))
                .as("alias bombs are not expanded").containsExactly("theme.check.manifestSyntax");
    }

    @Test
    void comparesPanelVersionsByTheirNumbers() {
        assertThat(PanelVersions.includes(">=0.1, <1.0", "0.1.0-SNAPSHOT")).isTrue();
        assertThat(PanelVersions.includes(">=0.1, <1.0", "0.10.2")).isTrue();
        assertThat(PanelVersions.includes(">=0.1, <1.0", "1.0.0")).isFalse();
        assertThat(PanelVersions.includes(">0.1", "0.1.0")).isFalse();
        assertThat(PanelVersions.includes("0.2", "0.2.0")).isTrue();
        assertThat(PanelVersions.valid(">=0.1, banana")).isFalse();
        ThemeManifest old = ThemeManifest.read("name: x\nversion: 1\npanel: <0.1\ncontexts: [panel]").manifest();
        assertThat(old.supports("0.1.0")).isFalse();
        assertThat(old.supports("")).as("unknown panel version").isTrue();
    }

    private static java.util.List<String> keys(String yaml) {
        return ThemeManifest.read(yaml).problems().stream().map(ThemeFinding::messageKey).toList();
    }
}
