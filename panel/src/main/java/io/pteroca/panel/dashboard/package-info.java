/**
 * The customer's dashboard: balance, servers that need attention first, latest payments.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "payment", "server", "shared", "wallet"})
package io.pteroca.panel.dashboard;
