package io.pteroca.panel.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_log")
class AuditLogEntry {

    private static final int MAX_DETAILS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String action;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_email")
    private String actorEmail;
    @Column(name = "subject_id")
    private Long subjectId;
    @Column(name = "subject_email")
    private String subjectEmail;
    private String ip;
    private String details;
    @Column(name = "created_at")
    private Instant createdAt;

    protected AuditLogEntry() {
    }

    /** {@code channel}, when the actor acted through something other than a session, ends the details (never cut off). */
    AuditLogEntry(AuditEvent event, String channel, Instant createdAt) {
        this.action = event.action();
        this.actorId = event.actorId();
        this.actorEmail = event.actorEmail();
        this.subjectId = event.subjectId();
        this.subjectEmail = event.subjectEmail();
        this.ip = event.ip();
        this.details = details(event.details(), channel);
        this.createdAt = createdAt;
    }

    private static String details(String details, String channel) {
        if (channel == null) {
            return details == null ? null : truncate(details, MAX_DETAILS);
        }
        String note = "via " + channel;
        if (details == null || details.isEmpty()) {
            return truncate(note, MAX_DETAILS);
        }
        // A token's name is at most 100 characters, so the note always fits.
        String suffix = " (" + note + ")";
        return truncate(details, MAX_DETAILS - suffix.length()) + suffix;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getAction() {
        return action;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSubjectEmail() {
        return subjectEmail;
    }

    public String getIp() {
        return ip;
    }

    public String getDetails() {
        return details;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
