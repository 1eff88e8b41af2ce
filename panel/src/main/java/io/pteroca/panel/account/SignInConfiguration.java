package io.pteroca.panel.account;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    /** How long a sign-in waits for its turn to check the password before it is refused as busy. */
    static final Duration LONGEST_WAIT_FOR_A_TURN = Duration.ofSeconds(5);

    @Bean
    @Primary
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The sign-in form's password checks, which take turns. The other places that hash a password run inside a
     * transaction, where waiting for a turn would hold a database connection, and are rare.
     */
    @Bean
    BoundedPasswordEncoder signInPasswordChecks(PasswordEncoder encoder) {
        return new BoundedPasswordEncoder(encoder, BoundedPasswordEncoder.halfTheProcessors(), LONGEST_WAIT_FOR_A_TURN);
    }

    /**
     * Checks "blocked" only after the password matched, so the sign-in form does not tell a stranger
     * which addresses belong to blocked accounts.
     */
    @Bean
    AuthenticationProvider accountAuthenticationProvider(AccountUserDetailsService users, BoundedPasswordEncoder checks) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(checks);
        provider.setPostAuthenticationChecks(user -> {
            if (user instanceof AccountPrincipal principal && principal.blocked()) {
                throw new LockedException("blocked");
            }
        });
        return provider;
    }

    @Bean
    PersistentTokenRepository rememberMeTokens(javax.sql.DataSource dataSource) {
        JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        return repository;
    }
}
