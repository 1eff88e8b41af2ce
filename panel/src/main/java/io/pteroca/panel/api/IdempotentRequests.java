package io.pteroca.panel.api;

import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.Tokens;
import io.pteroca.panel.shared.UtcColumns;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs that move money or create a server run once per {@code Idempotency-Key} and account: the key is claimed
 * before the work starts (a unique row), the answer stored after it; the same key again gets that answer without a
 * second effect, the same key with another request 422, and while the first is still at work 409. Work that fails
 * gives the key back, since nothing of it happened.
 */
@Component
class IdempotentRequests {

    static final String HEADER = "Idempotency-Key";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentRequests(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    ResponseEntity<?> once(ApiCaller caller, String key, String endpoint, Object request, Supplier<ResponseEntity<?>> work) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw Refusal.onField(HEADER, "api.idempotencyKeyInvalid");
        }
        String requestHash = Tokens.sha256Hex(endpoint + "\n" + json.writeValueAsString(request));
        try {
            jdbc.update("INSERT INTO api_idempotency (user_id, idem_key, request_hash, created_at) VALUES (?, ?, ?, ?)",
                    caller.accountId(), key, requestHash, UtcColumns.utc(clock.instant()));
        } catch (DuplicateKeyException seenBefore) {
            return replay(caller, key, requestHash);
        }
        ResponseEntity<?> answer;
        try {
            answer = work.get();
        } catch (RuntimeException failed) {
            jdbc.update("DELETE FROM api_idempotency WHERE user_id = ? AND idem_key = ?", caller.accountId(), key);
            throw failed;
        }
        jdbc.update("UPDATE api_idempotency SET status = ?, response_body = ? WHERE user_id = ? AND idem_key = ?",
                answer.getStatusCode().value(), answer.getBody() == null ? null : json.writeValueAsString(answer.getBody()),
                caller.accountId(), key);
        return answer;
    }

    private ResponseEntity<?> replay(ApiCaller caller, String key, String requestHash) {
        List<Stored> stored = jdbc.query("SELECT request_hash, status, response_body FROM api_idempotency WHERE user_id = ? AND idem_key = ?",
                (row, index) -> new Stored(row.getString(1), (Integer) row.getObject(2), row.getString(3)), caller.accountId(), key);
        if (stored.isEmpty()) {
            throw Refusal.conflict("api.idempotencyInProgress");
        }
        Stored first = stored.get(0);
        if (!first.requestHash().equals(requestHash)) {
            throw new ApiRefusal(HttpStatus.UNPROCESSABLE_CONTENT, HEADER, "api.idempotencyKeyReused");
        }
        if (first.status() == null) {
            throw Refusal.conflict("api.idempotencyInProgress");
        }
        JsonNode body = first.body() == null ? null : json.readTree(first.body());
        return ResponseEntity.status(first.status()).header("Idempotent-Replayed", "true").body(body);
    }

    private record Stored(String requestHash, Integer status, String body) {
    }
}
