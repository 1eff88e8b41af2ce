package io.pteroca.pterodactyl.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of task create/update. Null fields are not sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskSpec(String action, String payload, int timeOffset, Integer sequenceId, Boolean continueOnFailure) {

    public static TaskSpec command(String command, int timeOffset) {
        return new TaskSpec("command", command, timeOffset, null, null);
    }

    public static TaskSpec power(String signal, int timeOffset) {
        return new TaskSpec("power", signal, timeOffset, null, null);
    }

    public static TaskSpec backup(int timeOffset) {
        return new TaskSpec("backup", "", timeOffset, null, null);
    }
}
