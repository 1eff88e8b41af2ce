package io.pteroca.panel.account;

import static io.pteroca.panel.shared.UtcColumns.instant;
import static io.pteroca.panel.shared.UtcColumns.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rows of two-factor sign-in: the TOTP secret (encrypted by the caller), recovery codes and trusted devices.
 * Uses of a code or a recovery code are conditional updates, so two requests with the same code cannot both pass.
 * Times are stored as UTC, as the rest of the panel stores them.
 */
@Repository
class TwoFactorStore {

    private final JdbcTemplate jdbc;

    TwoFactorStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An account's TOTP secret (as stored, encrypted), whether it was confirmed, and its newest accepted step. */
    record Enrolment(long accountId, String encryptedSecret, boolean enabled, Long lastUsedStep) {
    }

    /** A browser that may skip the second step until {@code expiresAt}. */
    public record TrustedDevice(long id, String device, String ip, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
    }

    Optional<Enrolment> find(long accountId) {
        return jdbc.query("SELECT user_id, secret, enabled, last_used_step FROM two_factor WHERE user_id = ?",
                (rs, row) -> new Enrolment(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        rs.getObject(4) == null ? null : rs.getLong(4)), accountId).stream().findFirst();
    }

    boolean enabled(long accountId) {
        return Boolean.TRUE.equals(jdbc.query("SELECT enabled FROM two_factor WHERE user_id = ?",
                (rs, row) -> rs.getBoolean(1), accountId).stream().findFirst().orElse(false));
    }

    /** Starts set-up with a new secret, replacing an unconfirmed one; does nothing to a confirmed one. */
    void startSetup(long accountId, String encryptedSecret, Instant now) {
        jdbc.update("DELETE FROM two_factor WHERE user_id = ? AND enabled = ?", accountId, false);
        if (!enabled(accountId)) {
            jdbc.update("INSERT INTO two_factor (user_id, secret, enabled, created_at) VALUES (?, ?, ?, ?)",
                    accountId, encryptedSecret, false, utc(now));
        }
    }

    /** Confirms set-up with the step of the first code; false when it was confirmed already. */
    boolean enable(long accountId, long step, Instant now) {
        return jdbc.update("UPDATE two_factor SET enabled = ?, last_used_step = ?, enabled_at = ? WHERE user_id = ? AND enabled = ?",
                true, step, utc(now), accountId, false) == 1;
    }

    /** Records that this step's code was used; false when it, or a later one, was used before. */
    boolean useStep(long accountId, long step) {
        return jdbc.update("UPDATE two_factor SET last_used_step = ? WHERE user_id = ? AND enabled = ?"
                + " AND (last_used_step IS NULL OR last_used_step < ?)", step, accountId, true, step) == 1;
    }

    /** Forgets the secret, the recovery codes and the trusted devices of an account. */
    void removeAll(long accountId) {
        jdbc.update("DELETE FROM two_factor_recovery_code WHERE user_id = ?", accountId);
        jdbc.update("DELETE FROM trusted_device WHERE user_id = ?", accountId);
        jdbc.update("DELETE FROM two_factor WHERE user_id = ?", accountId);
    }

    void replaceRecoveryCodes(long accountId, List<String> hashes, Instant now) {
        jdbc.update("DELETE FROM two_factor_recovery_code WHERE user_id = ?", accountId);
        for (String hash : hashes) {
            jdbc.update("INSERT INTO two_factor_recovery_code (user_id, code_hash, created_at) VALUES (?, ?, ?)",
                    accountId, hash, utc(now));
        }
    }

    /** Marks the unused code with this hash as used; false when there is none. */
    boolean useRecoveryCode(long accountId, String hash, Instant now) {
        return jdbc.update("UPDATE two_factor_recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
                utc(now), accountId, hash) == 1;
    }

    int unusedRecoveryCodes(long accountId) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM two_factor_recovery_code WHERE user_id = ? AND used_at IS NULL", Integer.class, accountId);
        return count == null ? 0 : count;
    }

    void addTrustedDevice(long accountId, String tokenHash, String device, String ip, Instant now, Instant expiresAt) {
        jdbc.update("INSERT INTO trusted_device (user_id, token_hash, device, ip, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                accountId, tokenHash, device, ip, utc(now), utc(expiresAt));
    }

    /** Whether this token trusts the browser for this account now, noting its use when it does. */
    boolean useTrustedDevice(long accountId, String tokenHash, Instant now) {
        return jdbc.update("UPDATE trusted_device SET last_used_at = ? WHERE user_id = ? AND token_hash = ? AND expires_at > ?",
                utc(now), accountId, tokenHash, utc(now)) == 1;
    }

    List<TrustedDevice> trustedDevices(long accountId, Instant now) {
        return jdbc.query("SELECT id, device, ip, created_at, expires_at, last_used_at FROM trusted_device"
                + " WHERE user_id = ? AND expires_at > ? ORDER BY created_at DESC", (rs, row) -> new TrustedDevice(rs.getLong(1),
                rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5), instant(rs, 6)), accountId, utc(now));
    }

    boolean removeTrustedDevice(long accountId, long deviceId) {
        return jdbc.update("DELETE FROM trusted_device WHERE user_id = ? AND id = ?", accountId, deviceId) == 1;
    }

    int removeExpiredTrustedDevices(Instant now) {
        return jdbc.update("DELETE FROM trusted_device WHERE expires_at <= ?", utc(now));
    }
}
