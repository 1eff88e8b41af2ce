package io.pteroca.panel.account;

/** Who a sign-in provider says someone is, as far as a new account needs it. */
public record ExternalProfile(String email, String firstName, String lastName) {
}
