package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.client.model.ScheduleSpec;

/** What a schedule should be: created or changed to this. */
public record ScheduleChange(String name, boolean active, ScheduleInfo.Cron cron, boolean onlyWhenOnline) {

    ScheduleSpec spec() {
        return new ScheduleSpec(name, active, cron.minute(), cron.hour(), cron.dayOfMonth(), cron.month(), cron.dayOfWeek(),
                onlyWhenOnline);
    }
}
