package io.pteroca.panel.announcement;

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

@Entity
@Table(name = "announcement")
class Announcement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    /** Sanitised when saved, so it is shown as it is. */
    private String body;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    @Column(name = "product_id")
    private Long productId;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    private boolean dismissible;
    @Column(name = "email_requested")
    private boolean emailRequested;
    /** Moved only by the mailing, never by saving the form. */
    @Column(name = "mail_cursor", insertable = false, updatable = false)
    private Long mailCursor;
    @Column(name = "emailed_at", insertable = false, updatable = false)
    private Instant emailedAt;
    @Column(insertable = false, updatable = false)
    private int recipients;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Announcement() {
    }

    Announcement(Instant now) {
        this.createdAt = now;
    }

    void change(AnnouncementForm form, String sanitisedBody, Instant now) {
        this.title = form.getTitle().strip();
        this.body = sanitisedBody;
        this.audience = form.getAudience();
        this.productId = form.getAudience() == Audience.PRODUCT_CUSTOMERS ? form.getProductId() : null;
        this.startsAt = form.startsAt();
        this.endsAt = form.endsAt();
        this.dismissible = form.isDismissible();
        // Once it has been e-mailed there is nothing to turn on or off.
        if (emailedAt == null) {
            this.emailRequested = form.isSendEmail();
        }
        this.updatedAt = now;
    }

    boolean activeAt(Instant now) {
        return !startsAt.isAfter(now) && (endsAt == null || endsAt.isAfter(now));
    }

    Long id() {
        return id;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    Audience audience() {
        return audience;
    }

    Long productId() {
        return productId;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    boolean dismissible() {
        return dismissible;
    }

    boolean emailRequested() {
        return emailRequested;
    }

    Long mailCursor() {
        return mailCursor;
    }

    Instant emailedAt() {
        return emailedAt;
    }

    int recipients() {
        return recipients;
    }
}
