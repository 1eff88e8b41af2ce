package io.pteroca.panel.invoice;

/** How tax applies to an invoice. */
public enum TaxTreatment {
    /** Taxes are off: no tax line at all. */
    NOT_TAXED,
    /** The rate of the buyer's country (EU consumers: where they live; others: the admin's table). */
    STANDARD,
    /** An EU business in another member state with a VAT ID of valid format: the buyer accounts for the VAT. */
    REVERSE_CHARGE
}
