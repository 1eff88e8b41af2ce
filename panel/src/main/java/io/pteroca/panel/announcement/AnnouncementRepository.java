package io.pteroca.panel.announcement;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AnnouncementRepository extends JpaRepository<Announcement, Long> {

    @Query("select a from Announcement a where a.startsAt <= :now and (a.endsAt is null or a.endsAt > :now) order by a.startsAt desc")
    List<Announcement> activeAt(@Param("now") Instant now);

    List<Announcement> findAllByOrderByStartsAtDesc();
}
