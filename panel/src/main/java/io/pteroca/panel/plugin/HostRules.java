package io.pteroca.panel.plugin;

import java.util.Collection;

/**
 * Whether a host is one a plugin may call: {@code api.example.com} allows that host on any port,
 * {@code *.example.com} its subdomains, {@code 127.0.0.1:8443} that host on that port only.
 */
final class HostRules {

    private HostRules() {
    }

    /** {@code port} is empty or {@code :<number>}. */
    static boolean allowed(Collection<String> rules, String host, String port) {
        for (String rule : rules) {
            String ruleHost = rule;
            String rulePort = "";
            int colon = rule.lastIndexOf(':');
            if (colon > 0) {
                ruleHost = rule.substring(0, colon);
                rulePort = rule.substring(colon);
            }
            boolean hostMatches = ruleHost.startsWith("*.") ? host.endsWith(ruleHost.substring(1)) : host.equals(ruleHost);
            if (hostMatches && (rulePort.isEmpty() || rulePort.equals(port))) {
                return true;
            }
        }
        return false;
    }
}
