/**
 * The console relay between the browser and Wings, every command checked against the viewer's permissions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "pterodactyl", "server", "setting", "shared", "web"})
package io.pteroca.panel.console;
