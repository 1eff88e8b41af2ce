package io.pteroca.panel.theme;

import java.util.List;

/** What the checks found in a theme. */
record ThemeReport(List<ThemeFinding> findings) {

    ThemeReport {
        findings = List.copyOf(findings);
    }

    public boolean blocked() {
        return findings.stream().anyMatch(ThemeFinding::blocking);
    }

    public long errors() {
        return findings.stream().filter(ThemeFinding::blocking).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }
}
