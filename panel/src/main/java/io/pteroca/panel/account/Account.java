package io.pteroca.panel.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who can sign in: a customer or an admin. */
@Entity
@Table(name = "users")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Null once deleted, so the address can register a new, unrelated account. */
    private String email;
    @Column(name = "deleted_email")
    private String deletedEmail;
    @Column(name = "pending_email")
    private String pendingEmail;
    @Column(name = "password_hash")
    private String passwordHash;
    /** False for an account opened through a sign-in provider, until its owner sets a password. */
    @Column(name = "password_set")
    private boolean passwordSet = true;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    /** USER for a customer, ADMIN for a member of staff; what staff may do comes from {@link #staffRoleId}. */
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "staff_role_id")
    private Long staffRoleId;
    private String language;
    @Column(name = "email_verified")
    private boolean emailVerified;
    private boolean blocked;
    /** Raised whenever every existing session of this account must end. */
    @Column(name = "session_version")
    private int sessionVersion;
    @Column(name = "verification_sent_at")
    private Instant verificationSentAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Version
    private long version;

    protected Account() {
    }

    Account(String email, String passwordHash, String firstName, String lastName, Role role, Instant now) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.firstName = firstName;
        this.lastName = lastName;
        this.role = role;
        this.createdAt = now;
        this.updatedAt = now;
    }

    AccountView view() {
        return new AccountView(id, email, firstName, lastName, role, language, emailVerified, blocked, deletedAt != null,
                createdAt, pendingEmail);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordSet = true;
        endAllSessions(now);
    }

    void endAllSessions(Instant now) {
        this.sessionVersion++;
        this.updatedAt = now;
    }

    void rename(String firstName, String lastName, Instant now) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.updatedAt = now;
    }

    void markVerified(Instant now) {
        this.emailVerified = true;
        this.updatedAt = now;
    }

    void requestEmailChange(String newEmail, Instant now) {
        this.pendingEmail = newEmail;
        this.updatedAt = now;
    }

    void confirmEmailChange(String newEmail, Instant now) {
        this.email = newEmail;
        this.pendingEmail = null;
        this.emailVerified = true;
        endAllSessions(now);
    }

    /** An admin's correction: the address moves at once (the old one's sessions end), verified or not as they say. */
    void correctByAdmin(String email, boolean verified, Instant now) {
        if (!email.equals(this.email)) {
            this.email = email;
            this.pendingEmail = null;
            endAllSessions(now);
        }
        this.emailVerified = verified;
        this.updatedAt = now;
    }

    void verificationSent(Instant now) {
        this.verificationSentAt = now;
    }

    void changeLanguage(String language, Instant now) {
        this.language = language;
        this.updatedAt = now;
    }

    void block(Instant now) {
        this.blocked = true;
        endAllSessions(now);
    }

    void unblock(Instant now) {
        this.blocked = false;
        this.updatedAt = now;
    }

    /** Makes the account a member of staff with this role, or a plain customer when it is null. */
    void assignStaffRole(Long staffRoleId, Instant now) {
        this.staffRoleId = staffRoleId;
        this.role = staffRoleId == null ? Role.USER : Role.ADMIN;
        this.updatedAt = now;
    }

    void softDelete(Instant now) {
        this.deletedEmail = email;
        this.email = null;
        this.pendingEmail = null;
        this.deletedAt = now;
        endAllSessions(now);
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String pendingEmail() {
        return pendingEmail;
    }

    String passwordHash() {
        return passwordHash;
    }

    /** Opened through a sign-in provider: the stored hash is of a random secret nobody knows. */
    void withoutPassword() {
        this.passwordSet = false;
    }

    boolean passwordSet() {
        return passwordSet;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    Role role() {
        return role;
    }

    Long staffRoleId() {
        return staffRoleId;
    }

    String language() {
        return language;
    }

    boolean emailVerified() {
        return emailVerified;
    }

    boolean blocked() {
        return blocked;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    int sessionVersion() {
        return sessionVersion;
    }

    Instant verificationSentAt() {
        return verificationSentAt;
    }
}
