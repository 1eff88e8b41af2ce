package io.pteroca.panel.announcement;

import java.time.Instant;

/** An announcement as pages show it; {@code body} is sanitised HTML. */
public record AnnouncementView(long id, String title, String body, Audience audience, Long productId, Instant startsAt,
                               Instant endsAt, boolean dismissible, boolean active, boolean emailRequested,
                               Instant emailedAt, int recipients) {

    static AnnouncementView of(Announcement announcement, Instant now) {
        return new AnnouncementView(announcement.id(), announcement.title(), announcement.body(), announcement.audience(),
                announcement.productId(), announcement.startsAt(), announcement.endsAt(), announcement.dismissible(),
                announcement.activeAt(now), announcement.emailRequested(), announcement.emailedAt(), announcement.recipients());
    }
}
