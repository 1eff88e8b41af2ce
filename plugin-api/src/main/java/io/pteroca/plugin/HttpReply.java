package io.pteroca.plugin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An HTTP answer; header names in lower case. */
public record HttpReply(int status, Map<String, List<String>> headers, String body) {

    public HttpReply {
        headers = Map.copyOf(headers);
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }
}
