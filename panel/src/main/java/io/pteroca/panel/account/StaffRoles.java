package io.pteroca.panel.account;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.Refusal;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The role editor: staff roles and their permissions. Nobody grants what they do not hold themselves, so a role
 * editor cannot be used to climb above one's own role. Every change is audited.
 */
@Service
class StaffRoles {

    static final int NAME_MAX = 60;

    private final StaffRoleRepository roles;
    private final AccountRepository accounts;
    private final StaffPermissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffRoles(StaffRoleRepository roles, AccountRepository accounts, StaffPermissions permissions,
               ApplicationEventPublisher events, Clock clock) {
        this.roles = roles;
        this.accounts = accounts;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    /** Built-in roles first, then the custom ones by name. */
    @Transactional(readOnly = true)
    public List<StaffRoleView> all() {
        return roles.findAll().stream()
                .sorted(Comparator.comparing((StaffRole r) -> r.code() == null ? Integer.MAX_VALUE : r.code().ordinal())
                        .thenComparing(r -> r.name().toLowerCase(java.util.Locale.ROOT)))
                .map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public StaffRoleView view(long id) {
        return view(load(id));
    }

    @Transactional
    public long create(String name, Set<Permission> granted, AccountAudit.Actor actor) {
        String checked = checkedName(name, null);
        grantable(granted, actor);
        StaffRole role = roles.saveAndFlush(new StaffRole(checked, granted, clock.instant()));
        audit("admin_created_staff_role", actor, role.name(), granted);
        return role.id();
    }

    @Transactional
    public void change(long id, String name, Set<Permission> granted, AccountAudit.Actor actor) {
        StaffRole role = load(id);
        if (role.administrator()) {
            throw Refusal.forbidden("admin.roles.administratorFixed");
        }
        String checked = role.builtIn() ? role.name() : checkedName(name, id);
        grantable(granted, actor);
        // Taking away what one does not hold is climbing too: the role's holders may be above the editor.
        grantable(role.permissions(), actor);
        role.change(checked, granted, clock.instant());
        roles.flush();
        audit("admin_changed_staff_role", actor, role.name(), granted);
    }

    @Transactional
    public void delete(long id, AccountAudit.Actor actor) {
        StaffRole role = load(id);
        if (role.builtIn()) {
            throw Refusal.conflict("admin.roles.builtInStays");
        }
        if (accounts.countByStaffRoleIdAndDeletedAtIsNull(id) > 0) {
            throw Refusal.conflict("admin.roles.inUse");
        }
        grantable(role.permissions(), actor);
        accounts.releaseDeletedFromStaffRole(id);
        roles.delete(role);
        audit("admin_deleted_staff_role", actor, role.name(), Set.of());
    }

    /** The role's name as the audit log and details remember it (custom name, or the built-in's English name). */
    @Transactional(readOnly = true)
    public String name(long id) {
        return load(id).name();
    }

    StaffRole load(long id) {
        return roles.findById(id).orElseThrow(() -> Refusal.notFound("admin.roles.unknown"));
    }

    StaffRole administrator() {
        return roles.findByCode(StaffRole.BuiltIn.ADMINISTRATOR).orElseThrow();
    }

    /** Administrator, locked until the transaction ends, so two admins cannot remove each other at once. */
    StaffRole lockAdministrator() {
        return roles.lockByCode(StaffRole.BuiltIn.ADMINISTRATOR).orElseThrow();
    }

    /** Refuses when the actor does not hold every one of these permissions. */
    void grantable(Set<Permission> wanted, AccountAudit.Actor actor) {
        if (!permissions.of(actor.id()).containsAll(wanted)) {
            throw Refusal.forbidden("admin.roles.beyondYours");
        }
    }

    private String checkedName(String name, Long id) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw Refusal.onField("name", "admin.roles.nameRequired");
        }
        if (stripped.length() > NAME_MAX) {
            throw Refusal.onField("name", "admin.roles.nameTooLong");
        }
        if (roles.nameTaken(stripped, id)) {
            throw Refusal.onField("name", "admin.roles.nameTaken");
        }
        return stripped;
    }

    private StaffRoleView view(StaffRole role) {
        return role.view(accounts.countByStaffRoleIdAndDeletedAtIsNull(role.id()));
    }

    private void audit(String action, AccountAudit.Actor actor, String roleName, Set<Permission> granted) {
        String details = granted.isEmpty() ? roleName
                : roleName + ": " + granted.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        events.publishEvent(new AuditEvent(action, actor.id(), actor.email(), null, null, actor.ip(), details));
    }
}
