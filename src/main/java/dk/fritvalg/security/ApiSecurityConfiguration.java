package dk.fritvalg.security;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The open API's own security: stateless (no session, no Vaadin, no CSRF: a key in every request, nothing a browser
 * sends by itself), before the portal's chain. The OpenAPI document and its browsable UI are open; every other
 * {@code /api/**} call needs a valid API key, and its data then the permission table (through the services).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** Springdoc's UI assets and its configuration live outside /api; they hold no data. */
    static final String[] DOCUMENTATION = {"/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs", "/api/v1/docs/**",
            "/swagger-ui/**", "/api/v1/swagger-ui/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiClients clients, ApiRateLimiter rateLimiter, JdbcTemplate jdbc,
                                               Clock clock, @Value("${fritvalg.api.max-body-bytes:262144}") long maxBodyBytes)
            throws Exception {
        http.securityMatcher("/api/**", "/swagger-ui/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new ApiKeyFilter(clients, rateLimiter, jdbc, clock, maxBodyBytes), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(DOCUMENTATION).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ApiProblems.write(response, 401, "unauthorized",
                                "Unauthorized", "Send an API key: Authorization: Bearer fv_…"))
                        .accessDeniedHandler((request, response, e) -> ApiProblems.write(response, 403, "forbidden", "Forbidden",
                                "This API key may not do this.")));
        return http.build();
    }
}
