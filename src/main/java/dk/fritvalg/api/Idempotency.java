package dk.fritvalg.api;

import dk.fritvalg.security.ApiPrincipal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates with an {@code Idempotency-Key}: the first answer is stored with the key (per client) in the transaction of
 * the create, so a retry after a lost answer gets the same answer and creates nothing. The same key with another body
 * is a 422; a retry while the first is still running waits for it, then gets its answer or a 409.
 */
@Component
class Idempotency {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Stored(String requestHash, int status, String location, String etag, String body) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Idempotency(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    <T> ResponseEntity<T> run(String key, String operation, Object request, Class<T> type, Supplier<ResponseEntity<T>> create) {
        if (key == null || !key.matches("[A-Za-z0-9_.:\\-]{1,100}")) {
            throw new ApiException(400, "invalid-parameter", "Invalid parameter", "Idempotency-Key",
                    "is required on creates: 1 to 100 letters, digits or _.:-");
        }
        long clientId = ApiPrincipal.current().orElseThrow().clientId();
        String hash = sha256(operation + "\n" + JSON.writeValueAsString(request));
        Stored earlier = find(clientId, key);
        if (earlier != null) {
            return replay(earlier, hash, type);
        }
        try {
            return transaction.execute(status -> {
                ResponseEntity<T> answer = create.get();
                URI location = answer.getHeaders().getLocation();
                jdbc.update("""
                        INSERT INTO api_idempotency (client_id, idempotency_key, request_hash, status, location, etag, body, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", clientId, key, hash, answer.getStatusCode().value(),
                        location == null ? null : location.toString(), answer.getHeaders().getETag(),
                        JSON.writeValueAsString(answer.getBody()), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                return answer;
            });
        } catch (DuplicateKeyException raced) {
            Stored winner = find(clientId, key);
            if (winner == null) {
                throw new ApiException(409, "conflict", "Conflict", "Idempotency-Key", "is in use by a request still running; retry");
            }
            return replay(winner, hash, type);
        }
    }

    private <T> ResponseEntity<T> replay(Stored earlier, String hash, Class<T> type) {
        if (!earlier.requestHash().equals(hash)) {
            throw new ApiException(422, "idempotency-key-reused", "Idempotency key reused", "Idempotency-Key",
                    "was used before with a different request");
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(earlier.status()).header("Idempotent-Replayed", "true");
        if (earlier.location() != null) {
            answer.location(URI.create(earlier.location()));
        }
        if (earlier.etag() != null) {
            answer.eTag(earlier.etag());
        }
        return answer.body(JSON.readValue(earlier.body(), type));
    }

    private Stored find(long clientId, String key) {
        List<Stored> rows = jdbc.query("""
                SELECT request_hash, status, location, etag, body FROM api_idempotency WHERE client_id = ? AND idempotency_key = ?""",
                (rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)), clientId, key);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
