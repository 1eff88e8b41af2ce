/**
 * Checkout, orders, renewals and auto-renewal, refunds when provisioning gives up.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "catalog", "mail", "pterodactyl", "server", "setting", "shared", "voucher", "wallet"})
package io.pteroca.panel.order;
