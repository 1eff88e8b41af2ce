package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.client.model.Schedule;
import java.time.OffsetDateTime;
import java.util.List;

/** One of a server's schedules with its tasks; {@code processing} while it runs. */
public record ScheduleInfo(int id, String name, Cron cron, boolean active, boolean processing, boolean onlyWhenOnline,
                           OffsetDateTime lastRunAt, OffsetDateTime nextRunAt, List<Task> tasks) {

    /** When it runs, as the five fields of a cron line. */
    public record Cron(String minute, String hour, String dayOfMonth, String month, String dayOfWeek) {

        /** The fields as one line, e.g. "0 4 * * *". */
        public String line() {
            return String.join(" ", minute, hour, dayOfMonth, month, dayOfWeek);
        }
    }

    /** A step of the schedule: {@code action} command, power or backup, run {@code timeOffset} seconds after the one before. */
    public record Task(int id, int sequenceId, String action, String payload, int timeOffset, boolean continueOnFailure) {
    }

    static ScheduleInfo of(Schedule schedule) {
        Schedule.Cron cron = schedule.cron();
        return new ScheduleInfo(schedule.id(), schedule.name(),
                new Cron(cron.minute(), cron.hour(), cron.dayOfMonth(), cron.month(), cron.dayOfWeek()), schedule.active(),
                schedule.processing(), schedule.onlyWhenOnline(), schedule.lastRunAt(), schedule.nextRunAt(),
                schedule.tasks().stream().map(task -> new Task(task.id(), task.sequenceId(), task.action(), task.payload(),
                        task.timeOffset(), task.continueOnFailure())).toList());
    }
}
