/**
 * The ledger wallet: the only way money moves in or out of a customer's balance.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "setting", "shared"})
package io.pteroca.panel.wallet;
