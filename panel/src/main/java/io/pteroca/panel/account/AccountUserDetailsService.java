package io.pteroca.panel.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds accounts by e-mail for sign-in; deleted accounts do not exist here. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final StaffPermissions permissions;

    AccountUserDetailsService(AccountRepository accounts, StaffPermissions permissions) {
        this.accounts = accounts;
        this.permissions = permissions;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(Registration.normalizeEmail(email))
                .filter(a -> !a.deleted())
                .map(account -> new AccountPrincipal(account, permissions.of(account.id())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
