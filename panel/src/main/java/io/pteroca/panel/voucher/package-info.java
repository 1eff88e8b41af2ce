/**
 * Vouchers: balance, payment-discount and server-discount, redeemed atomically.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "shared", "wallet"})
package io.pteroca.panel.voucher;
