/**
 * The tabs of a running server: backups, databases, network, schedules, startup, settings, activity, sharing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalog", "pterodactyl", "server", "shared"})
package io.pteroca.panel.manage;
