package io.pteroca.panel.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as the session remembers it. {@code sessionVersion} ties the session to the account's
 * state at sign-in, so raising it on the account ends the session.
 */
public final class AccountPrincipal implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String passwordHash;
    private final Role role;
    private final int sessionVersion;
    private final boolean blocked;

    AccountPrincipal(Account account) {
        this.id = account.id();
        this.email = account.email();
        this.passwordHash = account.passwordHash();
        this.role = account.role();
        this.sessionVersion = account.sessionVersion();
        this.blocked = account.blocked();
    }

    public long id() {
        return id;
    }

    public Role role() {
        return role;
    }

    int sessionVersion() {
        return sessionVersion;
    }

    boolean blocked() {
        return blocked;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
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
