package io.pteroca.panel.account;

/** Whether new accounts must confirm their e-mail address. */
public enum VerificationMode {
    DISABLED, OPTIONAL, REQUIRED
}
