package io.pteroca.panel.wallet;

/**
 * What a wallet entry belongs to, e.g. {@code payment/42} or {@code order/7}. With the reason it is unique,
 * so a retried credit or charge for the same thing finds the first entry instead of adding another.
 */
public record WalletReference(String type, String id) {

    public static WalletReference none() {
        return new WalletReference(null, null);
    }

    public static WalletReference of(String type, Object id) {
        return new WalletReference(type, String.valueOf(id));
    }

    boolean present() {
        return type != null && id != null;
    }
}
