package io.pteroca.panel.account;

import java.io.Serial;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import io.pteroca.panel.shared.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as the session remembers it. {@code sessionVersion} ties the session to the account's
 * state at sign-in, so raising it on the account ends the session.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, CurrentUser.WithId {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    /** Erased once sign-in has checked it, so sessions stored in the database never hold it. */
    private String passwordHash;
    private final Role role;
    private final int sessionVersion;
    private final boolean blocked;
    /** The account's admin permissions at sign-in; admin requests are checked against the current ones. */
    private final Set<Permission> permissions;

    AccountPrincipal(Account account, Set<Permission> permissions) {
        this.id = account.id();
        this.email = account.email();
        this.passwordHash = account.passwordHash();
        this.role = account.role();
        this.sessionVersion = account.sessionVersion();
        this.blocked = account.blocked();
        this.permissions = Set.copyOf(permissions);
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public long id() {
        return id;
    }

    public Role role() {
        return role;
    }

    /** A member of staff (any staff role) rather than a plain customer. */
    public boolean isStaff() {
        return role == Role.ADMIN;
    }

    /** The account's session version at sign-in; {@link Accounts#sessionState} says whether it still holds. */
    public int sessionVersion() {
        return sessionVersion;
    }

    boolean blocked() {
        return blocked;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        // Sessions stored before staff roles existed come back without permissions.
        if (permissions != null) {
            permissions.forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.name())));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }
}
