package io.pteroca.panel.server;

/** Why a server is suspended; it decides who may lift the suspension and what the customer is told. */
public enum SuspensionCause {
    /** The paid time ran out: paying lifts it, and it is deleted after the grace period if nobody pays. */
    UNPAID,
    /** An admin suspended it, with a reason the customer sees: only an admin lifts it, paying does not. */
    ADMIN;

    public boolean liftedByPaying() {
        return this == UNPAID;
    }
}
