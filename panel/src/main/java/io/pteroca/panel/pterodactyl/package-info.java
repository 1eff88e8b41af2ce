/**
 * The adapter to Pterodactyl: the only module that speaks its API (and console, for Wings).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "setting", "shared"})
package io.pteroca.panel.pterodactyl;
