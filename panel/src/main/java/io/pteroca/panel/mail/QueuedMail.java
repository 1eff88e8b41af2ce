package io.pteroca.panel.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A message logged without rendering it, rendered when it is sent: queueing thousands (a month's expiries) then costs
 * no template work in the transaction that queues them. Only requests whose model and arguments are strings (or
 * arrays of strings) are queued so, because those come back from the e-mail log exactly as they went in; the
 * customer receives the same message either way.
 *
 * @param model values are strings, or lists of strings that were arrays
 */
record QueuedMail(String recipient, Long userId, MailType type, String template, String subjectKey,
                  List<String> subjectArgs, Map<String, Object> model, String locale) {

    static Optional<QueuedMail> of(MailRequest request) {
        List<String> subjectArgs = strings(request.subjectArgs());
        if (subjectArgs == null) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        for (Map.Entry<String, Object> entry : request.model().entrySet()) {
            Object value = entry.getValue();
            if (value instanceof Object[] array) {
                List<String> strings = strings(array);
                if (strings == null) {
                    return Optional.empty();
                }
                model.put(entry.getKey(), strings);
            } else if (value == null || value instanceof String) {
                model.put(entry.getKey(), value);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new QueuedMail(request.recipient(), request.userId(), request.type(), request.template(),
                request.subjectKey(), subjectArgs, model, request.locale().toLanguageTag()));
    }

    /** The request as it was queued: lists become the arrays they were. */
    MailRequest request() {
        Map<String, Object> values = new HashMap<>();
        model.forEach((key, value) -> values.put(key, value instanceof List<?> list ? list.toArray(new Object[0]) : value));
        return new MailRequest(recipient, userId, type, template, subjectKey, subjectArgs.toArray(new Object[0]), values,
                Locale.forLanguageTag(locale));
    }

    private static List<String> strings(Object[] values) {
        if (values == null) {
            return List.of();
        }
        if (!Arrays.stream(values).allMatch(value -> value == null || value instanceof String)) {
            return null;
        }
        List<String> strings = new ArrayList<>();
        for (Object value : values) {
            strings.add((String) value);
        }
        return strings;
    }
}
