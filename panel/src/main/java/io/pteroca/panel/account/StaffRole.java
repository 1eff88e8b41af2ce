package io.pteroca.panel.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A named set of admin permissions given to members of staff: built in (with a code) or made in the role editor. */
@Entity
@Table(name = "staff_role")
class StaffRole {

    /** The roles every panel has. Administrator holds every permission, also those added in later versions. */
    enum BuiltIn {
        ADMINISTRATOR, SUPPORT, ACCOUNTANT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private BuiltIn code;
    private String name;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission")
    @Enumerated(EnumType.STRING)
    private Set<Permission> permissions = new HashSet<>();
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected StaffRole() {
    }

    StaffRole(String name, Set<Permission> permissions, Instant now) {
        this.name = name;
        this.permissions = new HashSet<>(permissions);
        this.createdAt = now;
        this.updatedAt = now;
    }

    void change(String name, Set<Permission> permissions, Instant now) {
        if (code == null) {
            this.name = name;
        }
        this.permissions.clear();
        this.permissions.addAll(permissions);
        this.updatedAt = now;
    }

    Set<Permission> permissions() {
        return code == BuiltIn.ADMINISTRATOR ? EnumSet.allOf(Permission.class) : Set.copyOf(permissions);
    }

    StaffRoleView view(long members) {
        return new StaffRoleView(id, code == null ? null : code.name(), name, permissions(), members);
    }

    Long id() {
        return id;
    }

    BuiltIn code() {
        return code;
    }

    String name() {
        return name;
    }

    boolean builtIn() {
        return code != null;
    }

    boolean administrator() {
        return code == BuiltIn.ADMINISTRATOR;
    }
}
