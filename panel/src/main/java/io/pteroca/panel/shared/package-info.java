/**
 * Small cross-cutting helpers every feature may use: money and how it is written, refusals, tokens, rate limits,
 * client address, database vendor, the totals under long lists.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.pteroca.panel.shared;
