package io.pteroca.panel.account;

import io.pteroca.panel.shared.CurrentUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a member of staff may do in the admin area, read from the current records on every request, so a role edited
 * in the role editor takes effect at once, without signing anyone out. A request asks the database once: the admin
 * route check and the menu share the answer.
 */
@Service
public class StaffPermissions {

    private static final String HELD = "SELECT r.code, p.permission FROM users u JOIN staff_role r ON r.id = u.staff_role_id "
            + "LEFT JOIN staff_role_permission p ON p.role_id = r.id "
            + "WHERE u.id = ? AND u.deleted_at IS NULL AND u.blocked = FALSE";
    private static final String REQUEST_MEMO = StaffPermissions.class.getName() + ".";

    private final JdbcTemplate jdbc;

    StaffPermissions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The permissions of the account: none for a customer or a blocked or deleted account. */
    public Set<Permission> of(long accountId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = REQUEST_MEMO + accountId;
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Set<?> known) {
            @SuppressWarnings("unchecked")
            Set<Permission> memo = (Set<Permission>) known;
            return memo;
        }
        Set<Permission> held = load(accountId);
        if (request != null) {
            request.setAttribute(key, held, RequestAttributes.SCOPE_REQUEST);
        }
        return held;
    }

    public Set<Permission> of(Authentication user) {
        Long id = CurrentUser.id(user);
        return id == null ? Set.of() : of(id);
    }

    public boolean may(long accountId, Permission permission) {
        return of(accountId).contains(permission);
    }

    public boolean may(Authentication user, Permission permission) {
        return of(user).contains(permission);
    }

    private Set<Permission> load(long accountId) {
        EnumSet<Permission> held = EnumSet.noneOf(Permission.class);
        jdbc.query(HELD, row -> {
            if (StaffRole.BuiltIn.ADMINISTRATOR.name().equals(row.getString(1))) {
                held.addAll(EnumSet.allOf(Permission.class));
            } else if (row.getString(2) != null) {
                known(row.getString(2)).ifPresent(held::add);
            }
        }, accountId);
        return Set.copyOf(held);
    }

    /** A permission a later version no longer has is ignored rather than failing every request of its holders. */
    private static java.util.Optional<Permission> known(String code) {
        try {
            return java.util.Optional.of(Permission.valueOf(code));
        } catch (IllegalArgumentException gone) {
            return java.util.Optional.empty();
        }
    }
}
