package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.client.model.StartupInfo;
import java.util.List;
import java.util.Map;

/**
 * A server's startup: the variables its egg lets users see, the startup command as written (with its variables'
 * names), and the egg's docker images (display name to image).
 */
public record StartupDetails(List<Variable> variables, String startupCommand, Map<String, String> dockerImages) {

    /** A variable with this server's value (the egg's default while it has none of its own); {@code rules} are the egg's. */
    public record Variable(String envVariable, String name, String description, String value, String rules,
                           boolean editable) {
    }

    static StartupDetails of(StartupInfo startup) {
        return new StartupDetails(startup.variables().stream().map(variable -> new Variable(variable.envVariable(),
                        variable.name(), variable.description(),
                        variable.serverValue() != null ? variable.serverValue() : variable.defaultValue(), variable.rules(),
                        variable.editable())).toList(),
                startup.rawStartupCommand(), startup.dockerImages());
    }
}
