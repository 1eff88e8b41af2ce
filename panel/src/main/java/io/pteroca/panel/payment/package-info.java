/**
 * Top-ups through payment gateways, the one idempotent confirmation, webhooks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "mail", "setting", "shared", "voucher", "wallet"})
package io.pteroca.panel.payment;
