/**
 * Small cross-cutting helpers every feature may use: money and how it is written, refusals, tokens, rate limits,
 * client address, database vendor.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.pteroca.panel.shared;
