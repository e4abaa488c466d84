package dk.fritvalg.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session after a spell without user action, even while the tab stays open. An open Vaadin page sends a
 * heartbeat every few minutes, which keeps the servlet session alive for ever; this filter counts only the user's own
 * requests (page loads and Vaadin's UI requests), not heartbeats, and throws the session away on the first request
 * after the idle time. Vaadin's {@code closeIdleSessions} closes its UI on the same rule; this also ends the login,
 * which lives in the servlet session.
 */
class IdleSessionFilter extends OncePerRequestFilter {

    static final String LAST_USER_ACTION = IdleSessionFilter.class.getName() + ".lastUserAction";
    private static final Logger log = LoggerFactory.getLogger(IdleSessionFilter.class);

    private final Clock clock;
    private final Duration idleTimeout;

    IdleSessionFilter(Clock clock, Duration idleTimeout) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Instant now = clock.instant();
            try {
                if (session.getAttribute(LAST_USER_ACTION) instanceof Instant last
                        && Duration.between(last, now).compareTo(idleTimeout) >= 0) {
                    log.info("Session ended after {} without user action", idleTimeout);
                    session.invalidate();
                } else if (!isHeartbeat(request) || session.getAttribute(LAST_USER_ACTION) == null) {
                    session.setAttribute(LAST_USER_ACTION, now);
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // The container ended it meanwhile: nothing to do.
            }
        }
        chain.doFilter(request, response);
    }

    /** Vaadin's heartbeat says the tab is open, not that anyone used it. Read from the query (never the body). */
    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-r=heartbeat") || query.contains("&v-r=heartbeat"));
    }
}
