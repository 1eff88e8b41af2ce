package io.pteroca.panel.mail;

/** Kinds of e-mail the panel sends; shown in the e-mail log. */
public enum MailType {
    WELCOME, EMAIL_VERIFICATION, EMAIL_CHANGE, PASSWORD_RESET, PAYMENT_RECEIPT, TEST
}
