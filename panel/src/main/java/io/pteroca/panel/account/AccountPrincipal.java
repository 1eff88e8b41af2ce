package io.pteroca.panel.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
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

    AccountPrincipal(Account account) {
        this.id = account.id();
        this.email = account.email();
        this.passwordHash = account.passwordHash();
        this.role = account.role();
        this.sessionVersion = account.sessionVersion();
        this.blocked = account.blocked();
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

    /** The account's session version at sign-in; {@link Accounts#sessionState} says whether it still holds. */
    public int sessionVersion() {
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
