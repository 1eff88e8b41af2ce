package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.ScheduleInfo;
import io.pteroca.panel.pterodactyl.TaskChange;
import io.pteroca.panel.shared.Refusal;
import java.util.List;

/**
 * A schedule task as typed: a console command, a power signal, or a backup (its payload then lists files to leave
 * out), run {@code timeOffset} seconds (0-900, Pterodactyl's range) after the task before it.
 */
record TaskForm(String action, String payload, String timeOffset, Boolean continueOnFailure) {

    static final List<String> ACTIONS = List.of("command", "power", "backup");
    static final List<String> SIGNALS = List.of("start", "stop", "restart", "kill");
    static final int MAX_OFFSET = 900;
    private static final int PAYLOAD_LENGTH = 5000;

    static TaskForm of(ScheduleInfo.Task task) {
        return new TaskForm(task.action(), task.payload(), Integer.toString(task.timeOffset()), task.continueOnFailure());
    }

    TaskChange spec() {
        if (!ACTIONS.contains(action)) {
            throw Refusal.onField("task", "schedule.task.invalid.action");
        }
        String cleanPayload = payload == null ? "" : payload.strip();
        if ("power".equals(action) && !SIGNALS.contains(cleanPayload)) {
            throw Refusal.onField("task", "schedule.task.invalid.signal");
        }
        if ("command".equals(action) && cleanPayload.isEmpty() || cleanPayload.length() > PAYLOAD_LENGTH) {
            throw Refusal.onField("task", "schedule.task.invalid.payload");
        }
        return new TaskChange(action, cleanPayload, offset(), Boolean.TRUE.equals(continueOnFailure));
    }

    private int offset() {
        String text = timeOffset == null || timeOffset.isBlank() ? "0" : timeOffset.strip();
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > MAX_OFFSET) {
            throw Refusal.onField("task", "schedule.task.invalid.offset");
        }
        return Integer.parseInt(text);
    }
}
