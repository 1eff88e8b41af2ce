package io.pteroca.panel.account;

import java.util.Optional;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The WebAuthn user entity of each account with passkeys: a random handle kept by the authenticators, and the
 * account's current e-mail as its name, read from the account so a changed e-mail keeps its passkeys. A deleted
 * account has no e-mail and so no user entity: its passkeys sign nobody in.
 */
@Repository
class PasskeyUserEntities implements PublicKeyCredentialUserEntityRepository {

    private final JdbcTemplate jdbc;

    PasskeyUserEntities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PublicKeyCredentialUserEntity findById(Bytes id) {
        String handle = id.toBase64UrlString();
        return jdbc.query("SELECT u.email FROM passkey_user p JOIN users u ON u.id = p.user_id"
                        + " WHERE p.handle = ? AND u.email IS NOT NULL", (rs, row) -> rs.getString(1), handle)
                .stream().findFirst().map(email -> entity(id, email)).orElse(null);
    }

    @Override
    public PublicKeyCredentialUserEntity findByUsername(String username) {
        String email = Registration.normalizeEmail(username);
        return jdbc.query("SELECT p.handle FROM passkey_user p JOIN users u ON u.id = p.user_id WHERE u.email = ?",
                        (rs, row) -> rs.getString(1), email)
                .stream().findFirst().map(handle -> entity(Bytes.fromBase64(handle), email)).orElse(null);
    }

    @Override
    public void save(PublicKeyCredentialUserEntity userEntity) {
        Optional<Long> account = accountId(userEntity.getName());
        if (account.isEmpty()) {
            throw new IllegalArgumentException("no account for this user entity");
        }
        try {
            jdbc.update("INSERT INTO passkey_user (user_id, handle) VALUES (?, ?)", account.get(),
                    userEntity.getId().toBase64UrlString());
        } catch (DuplicateKeyException twoTabsAtOnce) {
            // The other tab's handle stays; this tab's registration then fails and is asked to try again.
        }
    }

    @Override
    public void delete(Bytes id) {
        jdbc.update("DELETE FROM passkey_user WHERE handle = ?", id.toBase64UrlString());
    }

    /** The account a user handle belongs to. */
    Optional<Long> accountIdOf(Bytes handle) {
        return jdbc.query("SELECT user_id FROM passkey_user WHERE handle = ?", (rs, row) -> rs.getLong(1),
                handle.toBase64UrlString()).stream().findFirst();
    }

    private Optional<Long> accountId(String email) {
        return jdbc.query("SELECT id FROM users WHERE email = ?", (rs, row) -> rs.getLong(1),
                Registration.normalizeEmail(email)).stream().findFirst();
    }

    private static PublicKeyCredentialUserEntity entity(Bytes id, String email) {
        return ImmutablePublicKeyCredentialUserEntity.builder().id(id).name(email).displayName(email).build();
    }
}
