package io.pteroca.panel.plugin;

import com.github.zafarkhaja.semver.Version;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/** Semantic versions and ranges ({@code >=1.2.0 & <2.0.0}, {@code ~1.2}, {@code ^1.0.0}), read as PF4J reads them. */
final class SemanticVersions {

    private static final VersionManager VERSIONS = new DefaultVersionManager();

    private SemanticVersions() {
    }

    static boolean isVersion(String text) {
        return Version.isValid(text);
    }

    static boolean isRange(String text) {
        try {
            VERSIONS.checkVersionConstraint("1.0.0", text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** True when {@code version} is within {@code range}; {@code *} or an empty range takes any version. */
    static boolean satisfies(String version, String range) {
        try {
            return VERSIONS.checkVersionConstraint(version, range);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The release part of a version, e.g. {@code 0.1.0} of {@code 0.1.0-SNAPSHOT}. */
    static String release(String version) {
        return Version.tryParse(version).map(v -> v.majorVersion() + "." + v.minorVersion() + "." + v.patchVersion())
                .orElse("0.0.0");
    }
}
