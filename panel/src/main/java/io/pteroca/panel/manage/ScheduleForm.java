package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.ScheduleChange;
import io.pteroca.panel.pterodactyl.ScheduleInfo;
import io.pteroca.panel.shared.Refusal;

/** The schedule form as typed; {@link #spec()} checks it. Unticked boxes arrive as null. */
record ScheduleForm(String name, String minute, String hour, String dayOfMonth, String month, String dayOfWeek,
                    Boolean active, Boolean onlyWhenOnline) {

    static final int NAME_LENGTH = 191;

    /** Pterodactyl's own defaults for a new schedule. */
    static ScheduleForm fresh() {
        return new ScheduleForm("", "*/5", "*", "*", "*", "*", true, false);
    }

    static ScheduleForm of(ScheduleInfo schedule) {
        ScheduleInfo.Cron cron = schedule.cron();
        return new ScheduleForm(schedule.name(), cron.minute(), cron.hour(), cron.dayOfMonth(), cron.month(), cron.dayOfWeek(),
                schedule.active(), schedule.onlyWhenOnline());
    }

    CronFields cron() {
        return CronFields.checked(minute, hour, dayOfMonth, month, dayOfWeek);
    }

    ScheduleChange spec() {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > NAME_LENGTH) {
            throw Refusal.onField("schedule", "schedule.invalid.name");
        }
        CronFields cron = cron();
        return new ScheduleChange(cleanName, Boolean.TRUE.equals(active), new ScheduleInfo.Cron(cron.minute(), cron.hour(),
                cron.dayOfMonth(), cron.month(), cron.dayOfWeek()), Boolean.TRUE.equals(onlyWhenOnline));
    }
}
