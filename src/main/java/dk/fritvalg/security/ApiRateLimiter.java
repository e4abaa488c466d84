package dk.fritvalg.security;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API client: a full minute's allowance may be spent at once, and it fills again at the client's
 * rate. Kept in memory on each node (several nodes each allow the rate; the load balancer's share evens it out).
 */
@Component
class ApiRateLimiter {

    private record Bucket(double tokens, long atMillis) {
    }

    private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    ApiRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** 0 when the call may go ahead (and is counted), else the seconds to wait before the next one. */
    long tryAcquire(long clientId, int perMinute) {
        long now = System.nanoTime() / 1_000_000;
        long[] wait = {0};
        buckets.compute(clientId, (id, bucket) -> {
            double tokens = bucket == null ? perMinute
                    : Math.min(perMinute, bucket.tokens() + (now - bucket.atMillis()) * perMinute / 60_000.0);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            wait[0] = Math.max(1, (long) Math.ceil((1 - tokens) * 60.0 / perMinute));
            return new Bucket(tokens, now);
        });
        return wait[0];
    }

    /** For tests: forget every client's use. */
    void reset() {
        buckets.clear();
    }
}
