/**
 * The sold server: state machine, provisioning, lifecycle and reconciliation jobs, power, subusers, import.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "catalog", "mail", "pterodactyl", "setting", "shared", "wallet", "web"})
package io.pteroca.panel.server;
