package io.pteroca.panel.payment;

/** A saved card as its owner sees it. */
public record SavedCardView(long id, String brand, String last4, int expMonth, int expYear, boolean forRenewal) {

    /** The brand as people write it ("Visa", "American Express"); Stripe names brands in lower case. */
    public String brandName() {
        return switch (brand) {
            case "amex" -> "American Express";
            case "diners" -> "Diners Club";
            case "jcb" -> "JCB";
            case "unionpay" -> "UnionPay";
            case "mastercard" -> "Mastercard";
            case "visa" -> "Visa";
            case "discover" -> "Discover";
            case "cartes_bancaires" -> "Cartes Bancaires";
            case "eftpos_au" -> "eftpos";
            default -> "";
        };
    }

    public String expiry() {
        return "%02d/%d".formatted(expMonth, expYear);
    }
}
