/**
 * Invoices and credit notes: numbered without gaps, issued after payments and orders, immutable, as PDF; tax rates
 * per country, EU VAT (reverse charge), the tax report.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "media", "order", "payment", "setting", "shared"})
package io.pteroca.panel.invoice;
