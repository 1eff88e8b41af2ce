/**
 * Accounts: registration, sign-in pieces, verification, password reset, the account page, admin users, CLI.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "mail", "setting", "shared"})
package io.pteroca.panel.account;
