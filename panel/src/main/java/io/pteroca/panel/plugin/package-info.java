/**
 * Plugins: jars in the plugins folder, loaded by PF4J in their own class loaders, scanned for dangerous code
 * before they run, enabled and disabled at run time. A plugin sees only the {@code plugin-api} module through
 * its {@code PluginContext}; this package turns that into pages, widgets, tabs, menu items, commands, jobs,
 * event delivery, migrations and settings of the panel.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "catalog", "mail", "payment", "server", "setting", "shared", "voucher", "wallet"})
package io.pteroca.panel.plugin;
