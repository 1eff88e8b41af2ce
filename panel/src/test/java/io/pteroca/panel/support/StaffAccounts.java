package io.pteroca.panel.support;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Members of staff for tests: an account of each built-in role, or of any role by its id. */
public final class StaffAccounts {

    public static final String PASSWORD = "correct horse battery";

    private StaffAccounts() {
    }

    public static long builtInRoleId(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("SELECT id FROM staff_role WHERE code = ?", Long.class, code);
    }

    /** A new account holding the staff role with this id. */
    public static AccountView withRole(Accounts accounts, JdbcTemplate jdbc, long roleId, String prefix) {
        AccountView account = accounts.createVerified(prefix + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.test", "Sam", "Staff", PASSWORD, Role.USER, "test");
        jdbc.update("UPDATE users SET staff_role_id = ?, role = 'ADMIN' WHERE id = ?", roleId, account.id());
        return accounts.find(account.id()).orElseThrow();
    }

    public static AccountView withBuiltInRole(Accounts accounts, JdbcTemplate jdbc, String code) {
        return withRole(accounts, jdbc, builtInRoleId(jdbc, code), code.toLowerCase(java.util.Locale.ROOT));
    }
}
