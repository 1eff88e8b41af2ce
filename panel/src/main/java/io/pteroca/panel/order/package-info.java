/**
 * Checkout, orders, renewals and auto-renewal, refunds when provisioning gives up, plan changes and cancellations.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "catalog", "mail", "pterodactyl", "server", "setting", "shared", "voucher", "wallet"})
package io.pteroca.panel.order;
