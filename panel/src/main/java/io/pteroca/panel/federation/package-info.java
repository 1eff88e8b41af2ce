/**
 * Sign-in with Discord, Google, GitHub or an OpenID Connect provider: the providers' settings, the client
 * registrations built from them, linking a provider identity to an account, and the account's list of providers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "setting", "shared", "web"})
package io.pteroca.panel.federation;
