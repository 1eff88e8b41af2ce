/**
 * The API PteroCA plugins compile against, and nothing else of the panel. It needs only the JDK.
 *
 * <p>A plugin is a jar whose manifest names a class implementing {@link io.pteroca.plugin.PanelPlugin}. When an
 * admin enables the plugin, the panel calls {@link io.pteroca.plugin.PanelPlugin#start(PluginContext)}; the plugin
 * registers what it adds (pages, widgets, server tabs, menu items, commands, cron tasks, event listeners, payment
 * gateways) through the {@link io.pteroca.plugin.PluginContext}. When the plugin is disabled, everything it
 * registered disappears at once and {@link io.pteroca.plugin.PanelPlugin#stop()} is called.
 *
 * <p>Every registration and every resource of the context belongs to a {@link io.pteroca.plugin.Capability}
 * that the plugin must declare in its {@code plugin.yaml}; using an undeclared one is refused (or, in the
 * panel's soft mode, recorded as a warning).
 */
package io.pteroca.plugin;
