/**
 * Outbound webhooks: endpoints an admin registers (an address, the events of the plugin catalogue it wants, a secret),
 * and the signed deliveries of those events (Standard Webhooks headers), stored with the work that raised them, sent
 * by a background sweep with exponential back-off for three days, logged attempt by attempt, redeliverable by hand.
 * Private and loopback addresses are refused as targets unless a setting allows them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "mail", "setting", "shared"})
package io.pteroca.panel.webhook;
