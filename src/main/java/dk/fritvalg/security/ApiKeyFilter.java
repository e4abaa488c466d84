package dk.fritvalg.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The open API's door: the body size limit, the API key ({@code Authorization: Bearer fv_…}), the client's rate limit,
 * and one row per call in {@code api_call} (client, method, path, status, duration; never a body or a query string).
 * What the call reads or changes is in the audit trail, written by the services through {@link AccessGuard}.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

    private final ApiClients clients;
    private final ApiRateLimiter rateLimiter;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long maxBodyBytes;

    ApiKeyFilter(ApiClients clients, ApiRateLimiter rateLimiter, JdbcTemplate jdbc, Clock clock, long maxBodyBytes) {
        this.clients = clients;
        this.rateLimiter = rateLimiter;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            ApiProblems.write(response, 413, "body-too-large", "Request body too large",
                    "The request body may be at most " + maxBodyBytes + " bytes.");
            return;
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // No key: the documentation is open to anyone; everything else is refused by the chain (401).
            chain.doFilter(request, response);
            return;
        }
        ApiPrincipal principal = clients.authenticate(header.substring(7).trim()).orElse(null);
        if (principal == null) {
            log.warn("API call with an unknown or revoked key from {}", request.getRemoteAddr());
            ApiProblems.write(response, 401, "unauthorized", "Unauthorized", "The API key is unknown or revoked.");
            return;
        }
        long waitSeconds = rateLimiter.tryAcquire(principal.clientId(), principal.requestsPerMinute());
        if (waitSeconds > 0) {
            response.setHeader("Retry-After", String.valueOf(waitSeconds));
            ApiProblems.write(response, 429, "rate-limited", "Too many requests",
                    "This API key may make " + principal.requestsPerMinute() + " requests a minute; try again in " + waitSeconds + " s.");
            record(principal, request, 429, 0);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiAuthentication(principal));
        SecurityContextHolder.setContext(context);
        long started = System.nanoTime();
        try {
            chain.doFilter(new LimitedBodyRequest(request, maxBodyBytes), response);
        } finally {
            record(principal, request, response.getStatus(), (System.nanoTime() - started) / 1_000_000);
            SecurityContextHolder.clearContext();
        }
    }

    private void record(ApiPrincipal principal, HttpServletRequest request, int status, long millis) {
        try {
            String path = request.getRequestURI();
            jdbc.update("INSERT INTO api_call (occurred_at, client_id, method, path, status, duration_ms) VALUES (?, ?, ?, ?, ?, ?)",
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), principal.clientId(), request.getMethod(),
                    path.length() > 300 ? path.substring(0, 300) : path, status, millis);
        } catch (RuntimeException e) {
            log.warn("Could not record an API call of client {}: {}", principal.clientId(), e.toString());
        }
    }

    /** The authenticated API client. */
    static final class ApiAuthentication extends AbstractAuthenticationToken {
        private final ApiPrincipal principal;

        ApiAuthentication(ApiPrincipal principal) {
            super(principal.portalUser().getAuthorities());
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return "api-client-" + principal.clientId();
        }
    }

    /** Refuses to read past the limit a body sent without a length (chunked). */
    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {
        private final long limit;

        LimitedBodyRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > limit) {
                        throw new BodyTooLargeException(limit);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > limit) {
                        throw new BodyTooLargeException(limit);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
