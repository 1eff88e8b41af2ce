/**
 * Top-ups through payment gateways, the one idempotent confirmation, webhooks; saved cards that pay auto-renewal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "mail", "order", "server", "setting", "shared", "voucher", "wallet"})
package io.pteroca.panel.payment;
