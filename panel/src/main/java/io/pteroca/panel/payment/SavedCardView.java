package io.pteroca.panel.payment;

/** A saved card as its owner (and an admin) sees it: only what Stripe shows of it, and when it was saved. */
public record SavedCardView(long id, String brand, String last4, int expMonth, int expYear, boolean forRenewal,
                            java.time.Instant addedAt) {

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

    /** "Visa •••• 4242", for audit lines and logs. */
    public String label() {
        return (brandName().isEmpty() ? "Card" : brandName()) + " •••• " + last4;
    }

    public String expiry() {
        return "%02d/%d".formatted(expMonth, expYear);
    }
}
