package io.pteroca.plugin.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request to a plugin route.
 *
 * @param path the path relative to the plugin's base, e.g. {@code /greetings/7}
 * @param pathVariables the values of the route's {@code {name}} variables
 * @param parameters query and form parameters
 */
public record PageRequest(String method, String path, Map<String, String> pathVariables,
                          Map<String, List<String>> parameters, Viewer viewer) {

    public PageRequest {
        pathVariables = Map.copyOf(pathVariables);
        parameters = Map.copyOf(parameters);
    }

    /** The first value of a query or form parameter. */
    public Optional<String> parameter(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    public Optional<String> pathVariable(String name) {
        return Optional.ofNullable(pathVariables.get(name));
    }
}
