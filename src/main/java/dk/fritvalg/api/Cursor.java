package dk.fritvalg.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The opaque cursor of a page: the position after the last item (an id, or a time and an id). Clients pass it back
 * unchanged; a cursor that is not one of ours is a 400 on the {@code cursor} parameter.
 */
record Cursor(Instant at, long id) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    static Cursor start() {
        return new Cursor(Instant.EPOCH, 0);
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v1:" + at.toEpochMilli() + ":" + at.getNano() + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    static Cursor decode(String cursor, Cursor start) {
        if (cursor == null || cursor.isBlank()) {
            return start;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 4 || !parts[0].equals("v1")) {
                throw new IllegalArgumentException();
            }
            long millis = Long.parseLong(parts[1]);
            Instant at = Instant.ofEpochSecond(Math.floorDiv(millis, 1000), Integer.parseInt(parts[2]));
            return new Cursor(at, Long.parseLong(parts[3]));
        } catch (RuntimeException e) {
            throw new ApiException(400, "invalid-parameter", "Invalid parameter", "cursor", "is not a cursor from this API");
        }
    }

    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(400, "invalid-parameter", "Invalid parameter", "limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
