package io.pteroca.panel.account;

/**
 * A buyer's billing details: a person's or company's name, postal address, ISO country and an optional VAT ID
 * (written without spaces, upper case, with its country prefix, e.g. {@code DE123456789}).
 */
public record BillingDetails(String name, String company, String street, String postalCode, String city, String country,
                             String vatId) {

    /** Whether the buyer acts as a business: a company name or a VAT ID makes it one. */
    public boolean business() {
        return (company != null && !company.isBlank()) || hasVatId();
    }

    public boolean hasVatId() {
        return vatId != null && !vatId.isBlank();
    }

    /** Whether the VAT ID has the format of its country (checked offline only: a valid format is not a registration). */
    public boolean vatIdWellFormed() {
        return hasVatId() && VatIds.wellFormed(vatId, country);
    }

    /** Street, postal code and city, one line each as an invoice prints them (the country is printed apart). */
    public String addressLines() {
        return street + "\n" + postalCode + " " + city;
    }
}
