package dk.fritvalg.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits guessing on the public answer page: after {@value #MAX_FAILURES} wrong codes from one client address within
 * {@link #WINDOW}, that address may try no code (right or wrong) until the oldest failure is older than the window. In
 * memory on each node: a guesser spread over several nodes gets a few more tries, which the code's size makes harmless.
 */
@Component
public class AnswerCodeThrottle {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    AnswerCodeThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether the address may try a code now. */
    public boolean allows(String client) {
        Deque<Instant> recent = failures.get(client);
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() < MAX_FAILURES;
        }
    }

    void failed(String client) {
        Deque<Instant> recent = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }
}
