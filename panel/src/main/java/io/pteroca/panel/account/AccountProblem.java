package io.pteroca.panel.account;

/** A request the account rules refuse; {@code field} names the form field to show it on, or null. */
class AccountProblem extends RuntimeException {

    private final String field;

    AccountProblem(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return getMessage();
    }
}
