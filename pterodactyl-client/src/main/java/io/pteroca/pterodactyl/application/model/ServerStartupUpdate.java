package io.pteroca.pterodactyl.application.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Full body of {@code PATCH /servers/{id}/startup}. The panel rewrites every egg variable, blanking
 * the ones missing from {@code environment}, so start from {@link #from(Server)} (which needs the
 * server loaded with {@code include=variables}).
 */
public record ServerStartupUpdate(String startup, Map<String, String> environment, int egg, String image,
                                  boolean skipScripts) {

    public ServerStartupUpdate {
        environment = Map.copyOf(new LinkedHashMap<>(environment));
    }

    public static ServerStartupUpdate from(Server server) {
        if (server.relationships() == null || server.relationships().variables() == null) {
            throw new IllegalArgumentException("load the server with include=variables first");
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (ServerVariable variable : server.relationships().variables()) {
            environment.put(variable.envVariable(), variable.effectiveValue() == null ? "" : variable.effectiveValue());
        }
        return new ServerStartupUpdate(server.container().startupCommand(), environment, server.egg(),
                server.container().image(), false);
    }

    public ServerStartupUpdate withVariable(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(environment);
        copy.put(name, value);
        return new ServerStartupUpdate(startup, copy, egg, image, skipScripts);
    }

    public ServerStartupUpdate withImage(String value) {
        return new ServerStartupUpdate(startup, environment, egg, value, skipScripts);
    }

    public ServerStartupUpdate withStartup(String value) {
        return new ServerStartupUpdate(value, environment, egg, image, skipScripts);
    }
}
