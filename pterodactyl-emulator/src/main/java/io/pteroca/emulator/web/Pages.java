package io.pteroca.emulator.web;

import java.util.List;

import io.pteroca.emulator.state.User;

/**
 * The few HTML pages of the emulated panel: the login form, the signed-in user's servers and one server. Plain,
 * readable markup in place of Pterodactyl's React app; every value from the state is escaped.
 */
final class Pages {

    /** A server as its page and the list show it. */
    record ServerCard(String name, String identifier, String state, String description, String address, String node) {
    }

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1f2933}"
            + "header{background:#10529f;color:#fff;padding:.75rem 1.5rem;display:flex;justify-content:space-between;align-items:center}"
            + "header form,header button{margin:0}main{max-width:48rem;margin:2rem auto;padding:0 1rem}"
            + "section{background:#fff;border-radius:.5rem;padding:1.5rem;box-shadow:0 1px 3px #0002}"
            + "table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:.5rem;border-bottom:1px solid #e4e7eb}"
            + "dt{font-weight:600;margin-top:.75rem}dd{margin:0}label{display:block;margin-top:1rem;font-weight:600}"
            + "input{width:100%;padding:.5rem;box-sizing:border-box}button{margin-top:1rem;padding:.5rem 1rem}"
            + ".error{color:#a61b1b}.note{color:#616e7c;font-size:.875rem}";

    private Pages() {
    }

    static String login(String error, String user) {
        String message = error == null ? "" : "<p class=\"error\" id=\"login-error\" role=\"alert\">" + escape(error) + "</p>";
        return page("Login", null, "<section><h1>Login to Continue</h1>" + message
                + "<form method=\"post\" action=\"/auth/login\" id=\"login-form\">"
                + "<label for=\"user\">Username or Email</label>"
                + "<input id=\"user\" name=\"user\" autocomplete=\"username\" required value=\"" + escape(user == null ? "" : user) + "\">"
                + "<label for=\"password\">Password</label>"
                + "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>"
                + "<button type=\"submit\">Login</button></form></section>");
    }

    static String dashboard(User viewer, List<ServerCard> servers) {
        StringBuilder rows = new StringBuilder();
        for (ServerCard server : servers) {
            rows.append("<tr><td><a href=\"/server/").append(escape(server.identifier())).append("\">").append(escape(server.name()))
                    .append("</a></td><td><code>").append(escape(server.identifier())).append("</code></td><td class=\"state\">")
                    .append(escape(server.state())).append("</td></tr>");
        }
        String list = servers.isEmpty() ? "<p id=\"no-servers\">There are no servers associated with your account.</p>"
                : "<table id=\"servers\"><thead><tr><th>Name</th><th>Identifier</th><th>State</th></tr></thead><tbody>" + rows
                        + "</tbody></table>";
        return page("Dashboard", viewer, "<section><h1>Your Servers</h1>" + list + "</section>");
    }

    static String server(User viewer, ServerCard server) {
        return page(server.name(), viewer, "<section><p><a href=\"/\">All servers</a></p><h1 id=\"server-name\">"
                + escape(server.name()) + "</h1><dl>"
                + "<dt>State</dt><dd id=\"server-state\">" + escape(server.state()) + "</dd>"
                + "<dt>Identifier</dt><dd><code>" + escape(server.identifier()) + "</code></dd>"
                + "<dt>Address</dt><dd>" + escape(server.address()) + "</dd>"
                + "<dt>Node</dt><dd>" + escape(server.node()) + "</dd>"
                + (server.description().isBlank() ? "" : "<dt>Description</dt><dd>" + escape(server.description()) + "</dd>")
                + "</dl></section>");
    }

    static String notFound(User viewer) {
        return page("Not Found", viewer, "<section><h1>404 - Not Found</h1>"
                + "<p>The requested resource could not be found. <a href=\"/\">Return to your servers</a></p></section>");
    }

    private static String page(String title, User viewer, String main) {
        String account = viewer == null ? ""
                : "<span id=\"signed-in\">Signed in as <strong>" + escape(viewer.username) + "</strong> (" + escape(viewer.email)
                        + ")</span><form method=\"post\" action=\"/auth/logout\"><button type=\"submit\">Sign out</button></form>";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title) + " - Pterodactyl</title>"
                + "<style>" + STYLE + "</style></head><body><header><strong>Pterodactyl</strong>" + account + "</header><main>" + main
                + "<p class=\"note\">Emulated Pterodactyl panel for tests and demos.</p></main></body></html>";
    }

    /** Text for HTML element content and double-quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
