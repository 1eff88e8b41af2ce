/**
 * The audit log: who did what, when, from where.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package io.pteroca.panel.audit;
