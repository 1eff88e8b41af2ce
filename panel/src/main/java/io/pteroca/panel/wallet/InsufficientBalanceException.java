package io.pteroca.panel.wallet;

/** The wallet cannot pay this: a balance never goes below zero. */
public class InsufficientBalanceException extends RuntimeException {

    public InsufficientBalanceException() {
        super("wallet.insufficient");
    }
}
