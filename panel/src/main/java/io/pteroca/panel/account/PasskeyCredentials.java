package io.pteroca.panel.account;

import static io.pteroca.panel.shared.UtcColumns.instant;
import static io.pteroca.panel.shared.UtcColumns.utc;

import io.pteroca.panel.shared.Tokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Repository;

/**
 * The passkeys of all accounts, for Spring Security's WebAuthn support and for the account's security page. Times
 * come from the panel's clock and are stored as UTC, as the rest of the panel stores them.
 */
@Repository
class PasskeyCredentials implements UserCredentialRepository {

    /** A passkey as its owner sees it on the security page. */
    public record Passkey(long id, String name, Instant createdAt, Instant lastUsedAt) {
    }

    private static final String COLUMNS = "p.credential_id, p.public_key, p.signature_count, p.uv_initialized, p.backup_eligible,"
            + " p.backup_state, p.transports, p.attestation_object, p.client_data_json, p.name, p.created_at, p.last_used_at, h.handle";

    private final JdbcTemplate jdbc;
    private final PasskeyUserEntities users;
    private final Clock clock;

    PasskeyCredentials(JdbcTemplate jdbc, PasskeyUserEntities users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** Stores a newly registered passkey, or notes the use of a known one (its signature counter and the time). */
    @Override
    public void save(CredentialRecord record) {
        String hash = hash(record.getCredentialId());
        LocalDateTime now = utc(clock.instant());
        if (jdbc.update("UPDATE passkey SET signature_count = ?, last_used_at = ? WHERE credential_hash = ?",
                record.getSignatureCount(), now, hash) == 1) {
            return;
        }
        long accountId = users.accountIdOf(record.getUserEntityUserId())
                .orElseThrow(() -> new IllegalArgumentException("the passkey's user handle belongs to no account"));
        jdbc.update("INSERT INTO passkey (user_id, credential_hash, credential_id, name, public_key, signature_count, uv_initialized,"
                        + " backup_eligible, backup_state, transports, attestation_object, client_data_json, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                accountId, hash, record.getCredentialId().toBase64UrlString(), PasskeyName.of(record.getLabel()),
                new Bytes(record.getPublicKey().getBytes()).toBase64UrlString(), record.getSignatureCount(),
                record.isUvInitialized(), record.isBackupEligible(), record.isBackupState(), transports(record.getTransports()),
                base64(record.getAttestationObject()), base64(record.getAttestationClientDataJSON()), now);
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM passkey p JOIN passkey_user h ON h.user_id = p.user_id"
                + " WHERE p.credential_hash = ?", (rs, row) -> record(rs), hash(credentialId)).stream().findFirst().orElse(null);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM passkey p JOIN passkey_user h ON h.user_id = p.user_id"
                + " WHERE h.handle = ? ORDER BY p.id", (rs, row) -> record(rs), userId.toBase64UrlString());
    }

    @Override
    public void delete(Bytes credentialId) {
        jdbc.update("DELETE FROM passkey WHERE credential_hash = ?", hash(credentialId));
    }

    List<Passkey> list(long accountId) {
        return jdbc.query("SELECT id, name, created_at, last_used_at FROM passkey WHERE user_id = ? ORDER BY created_at, id",
                (rs, row) -> new Passkey(rs.getLong(1), rs.getString(2), instant(rs, 3), instant(rs, 4)), accountId);
    }

    Optional<Passkey> find(long accountId, long passkeyId) {
        return list(accountId).stream().filter(passkey -> passkey.id() == passkeyId).findFirst();
    }

    /** Renames one passkey of this account; false when the account has no such passkey. */
    boolean rename(long accountId, long passkeyId, String name) {
        return jdbc.update("UPDATE passkey SET name = ? WHERE id = ? AND user_id = ?", name, passkeyId, accountId) == 1;
    }

    /** Removes one passkey of this account; false when the account has no such passkey. */
    /** Removes every passkey of the account; how many there were. */
    int removeAll(long accountId) {
        return jdbc.update("DELETE FROM passkey WHERE user_id = ?", accountId);
    }

    boolean remove(long accountId, long passkeyId) {
        return jdbc.update("DELETE FROM passkey WHERE id = ? AND user_id = ?", passkeyId, accountId) == 1;
    }

    private static CredentialRecord record(ResultSet rs) throws SQLException {
        return ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(Bytes.fromBase64(rs.getString(1)))
                .publicKey(new ImmutablePublicKeyCose(Bytes.fromBase64(rs.getString(2)).getBytes()))
                .signatureCount(rs.getLong(3))
                .uvInitialized(rs.getBoolean(4))
                .backupEligible(rs.getBoolean(5))
                .backupState(rs.getBoolean(6))
                .transports(transports(rs.getString(7)))
                .attestationObject(Bytes.fromBase64(rs.getString(8)))
                .attestationClientDataJSON(rs.getString(9) == null ? null : Bytes.fromBase64(rs.getString(9)))
                .label(rs.getString(10))
                .created(instant(rs, 11))
                .lastUsed(instant(rs, 12) == null ? instant(rs, 11) : instant(rs, 12))
                .userEntityUserId(Bytes.fromBase64(rs.getString(13)))
                .build();
    }

    private static String transports(Set<AuthenticatorTransport> transports) {
        if (transports == null || transports.isEmpty()) {
            return null;
        }
        return transports.stream().map(AuthenticatorTransport::getValue).sorted().collect(Collectors.joining(","));
    }

    private static Set<AuthenticatorTransport> transports(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(AuthenticatorTransport::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    private static String base64(Bytes bytes) {
        return bytes == null ? null : bytes.toBase64UrlString();
    }

    private static String hash(Bytes credentialId) {
        return Tokens.sha256Hex(credentialId.toBase64UrlString());
    }
}
