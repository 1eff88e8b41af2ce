package io.pteroca.panel.account;

import java.util.UUID;

/** Accounts for tests, each with a unique address. */
final class AccountFixtures {

    static final String PASSWORD = "correct horse battery";

    private AccountFixtures() {
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    static AccountView customer(Accounts accounts) {
        return accounts.createVerified(uniqueEmail("customer"), "Casey", "Customer", PASSWORD, Role.USER, "test");
    }

    static AccountView admin(Accounts accounts) {
        return accounts.createVerified(uniqueEmail("admin"), "Ada", "Admin", PASSWORD, Role.ADMIN, "test");
    }
}
