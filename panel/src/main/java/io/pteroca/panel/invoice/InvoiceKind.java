package io.pteroca.panel.invoice;

/** An invoice, or a credit note that reverses one; each has its own number series. */
public enum InvoiceKind {
    INVOICE, CREDIT_NOTE
}
