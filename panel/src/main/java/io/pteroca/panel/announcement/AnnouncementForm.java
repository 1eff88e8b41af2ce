package io.pteroca.panel.announcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.format.annotation.DateTimeFormat;

/** What the admin's form posts; times are UTC. */
public class AnnouncementForm {

    @NotBlank(message = "announcement.error.title")
    @Size(max = 150, message = "announcement.error.title")
    private String title = "";
    @NotBlank(message = "announcement.error.body")
    @Size(max = 20_000, message = "announcement.error.body")
    private String body = "";
    @NotNull(message = "announcement.error.audience")
    private Audience audience = Audience.EVERYONE;
    private Long productId;
    @NotNull(message = "announcement.error.startsAt")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startsAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime endsAt;
    private boolean dismissible = true;
    private boolean sendEmail;

    static AnnouncementForm of(Announcement announcement) {
        AnnouncementForm form = new AnnouncementForm();
        form.title = announcement.title();
        form.body = announcement.body();
        form.audience = announcement.audience();
        form.productId = announcement.productId();
        form.startsAt = LocalDateTime.ofInstant(announcement.startsAt(), ZoneOffset.UTC);
        form.endsAt = announcement.endsAt() == null ? null : LocalDateTime.ofInstant(announcement.endsAt(), ZoneOffset.UTC);
        form.dismissible = announcement.dismissible();
        form.sendEmail = announcement.emailRequested();
        return form;
    }

    Instant startsAt() {
        return startsAt.toInstant(ZoneOffset.UTC);
    }

    Instant endsAt() {
        return endsAt == null ? null : endsAt.toInstant(ZoneOffset.UTC);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public boolean isDismissible() {
        return dismissible;
    }

    public void setDismissible(boolean dismissible) {
        this.dismissible = dismissible;
    }

    public boolean isSendEmail() {
        return sendEmail;
    }

    public void setSendEmail(boolean sendEmail) {
        this.sendEmail = sendEmail;
    }
}
