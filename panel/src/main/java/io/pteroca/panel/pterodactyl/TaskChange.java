package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.client.model.TaskSpec;

/** What a schedule's task should be: {@code action} command, power or backup, {@code timeOffset} in seconds. */
public record TaskChange(String action, String payload, int timeOffset, boolean continueOnFailure) {

    TaskSpec spec() {
        return new TaskSpec(action, payload, timeOffset, null, continueOnFailure);
    }
}
