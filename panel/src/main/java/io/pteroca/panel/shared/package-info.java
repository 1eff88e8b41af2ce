/**
 * Small cross-cutting helpers every feature may use: tokens, rate limits, client address, database vendor.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.pteroca.panel.shared;
