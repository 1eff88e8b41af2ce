package io.pteroca.panel.plugin;

/** Who asks for a plugin action, for the audit log: an admin in the browser, or the command line. */
record PluginActor(Long accountId, String email, String ip) {

    static final PluginActor COMMAND_LINE = new PluginActor(null, "command line", null);
    static final PluginActor PANEL = new PluginActor(null, "panel", null);
}
