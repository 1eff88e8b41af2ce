package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesShortLongAndCommonPasswords() {
        assertThat(policy.problem("short")).contains("password.tooShort");
        assertThat(policy.problem(null)).contains("password.tooShort");
        assertThat(policy.problem("ą".repeat(40))).contains("password.tooLong");
        assertThat(policy.problem("QWERTYUIOP")).contains("password.tooCommon");
        assertThat(policy.problem("minecraft123")).contains("password.tooCommon");
    }

    @Test
    void acceptsAReasonablePassword() {
        assertThat(policy.problem("blue elephant dancing")).isEmpty();
        assertThat(policy.problem("x".repeat(72))).isEmpty();
    }
}
