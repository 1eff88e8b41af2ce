/**
 * The first-run wizard and its token.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "mail", "pterodactyl", "setting", "shared"})
package io.pteroca.panel.setup;
