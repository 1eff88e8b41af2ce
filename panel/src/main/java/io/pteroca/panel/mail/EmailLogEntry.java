package io.pteroca.panel.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "email_log")
class EmailLogEntry {

    enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    private String recipient;
    @Enumerated(EnumType.STRING)
    @Column(name = "mail_type")
    private MailType type;
    private String subject;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String error;
    /** The rendered message, encrypted: it may hold one-time links. */
    @Column(name = "sealed_content")
    private String sealedContent;
    private int attempts;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    protected EmailLogEntry() {
    }

    EmailLogEntry(Long userId, String recipient, MailType type, String subject, String sealedContent, Instant now) {
        this.userId = userId;
        this.recipient = recipient;
        this.type = type;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.sealedContent = sealedContent;
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    void sent(Instant now) {
        attempts++;
        lastAttemptAt = now;
        status = Status.SENT;
        error = null;
    }

    void failed(String reason, Instant now) {
        attempts++;
        lastAttemptAt = now;
        status = Status.FAILED;
        error = reason == null ? "unknown error" : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getRecipient() {
        return recipient;
    }

    public MailType getType() {
        return type;
    }

    public String getSubject() {
        return subject;
    }

    public Status getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }

    /** The message key of the failure ({@link SmtpTransport#describe}); null for entries logged before there were keys. */
    public String getErrorKey() {
        return error != null && error.startsWith("mail.error.") ? error.split("\\|", 2)[0] : null;
    }

    /** The mail server's words after the key, or empty. */
    public String getErrorDetail() {
        String[] parts = error == null ? new String[0] : error.split("\\|", 2);
        return parts.length == 2 ? parts[1] : "";
    }

    String getSealedContent() {
        return sealedContent;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }
}
