package io.pteroca.panel.wallet;

import io.pteroca.panel.shared.Refusal;

/** The wallet cannot pay this: a balance never goes below zero. Callers usually say how much is missing. */
public class InsufficientBalanceException extends Refusal {

    public InsufficientBalanceException() {
        super("wallet.insufficient");
    }
}
