package io.pteroca.panel.server;

/**
 * Schedule or task input we refuse before asking Pterodactyl (a bad cron field, an offset out of range). Not an
 * {@link OrderRefused}: the tab answers it with 400 and the form as it was typed, not with a redirect.
 */
class ScheduleInputRefused extends RuntimeException {

    ScheduleInputRefused(String messageKey) {
        super(messageKey);
    }
}
