package io.pteroca.panel.plugin;

import io.pteroca.plugin.Capability;
import io.pteroca.plugin.PluginAccessDeniedException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds one plugin to the capabilities its {@code plugin.yaml} declares: in strict mode a use of an undeclared
 * one throws, in soft mode it is allowed and remembered as a warning for the admin and the audit log.
 */
final class CapabilityGuard {

    private static final Logger log = LoggerFactory.getLogger(CapabilityGuard.class);

    private final PluginManifest manifest;
    private final boolean strict;
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    CapabilityGuard(PluginManifest manifest, boolean strict) {
        this.manifest = manifest;
        this.strict = strict;
    }

    void require(Capability capability, String what) {
        if (manifest.declares(capability)) {
            return;
        }
        String message = what + " needs the capability " + capability.yamlName() + ", which " + manifest.id() + " does not declare";
        if (strict) {
            throw new PluginAccessDeniedException(message);
        }
        if (warnings.size() < 50 && !warnings.contains(message)) {
            warnings.add(message);
            log.warn("Plugin {}: {} (allowed: capability enforcement is soft)", manifest.id(), message);
        }
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
