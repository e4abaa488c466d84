package dk.fritvalg.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * What pages may load. Vaadin Flow runs inline bootstrap scripts and evaluates the server's JavaScript calls, and
     * Lumo sets inline styles, so scripts and styles need 'unsafe-inline' (scripts also 'unsafe-eval'); everything is
     * loaded from the portal itself (no third-party script, style, font or frame), and nothing may frame the portal.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The portal needs no camera, microphone, position or other device. */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "camera=()", "geolocation=()", "gyroscope=()", "magnetometer=()", "microphone=()",
            "payment=()", "usb=()", "interest-cohort=()");

    /** Before Spring Security, so that a session ended for idleness is not used to log the request in. */
    @Bean
    FilterRegistrationBean<IdleSessionFilter> idleSessionFilter(Clock clock,
            @Value("${fritvalg.security.idle-timeout:PT30M}") Duration idleTimeout) {
        FilterRegistrationBean<IdleSessionFilter> registration = new FilterRegistrationBean<>(new IdleSessionFilter(clock, idleTimeout));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
                                            @Value("${fritvalg.mitid.enabled:false}") boolean mitIdEnabled,
                                            ObjectProvider<MitIdUserService> mitIdUserService) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                // The portal's metrics (the outbox's oldest waiting notice, given-up notices, …) are for the administrator.
                .requestMatchers("/actuator/metrics", "/actuator/metrics/**").hasRole(Role.MUNICIPAL_ADMIN.name())
                .requestMatchers("/images/**", "/styles/**").permitAll()
                // Stripe calls this without a login; the payment module verifies Stripe's signature instead.
                .requestMatchers(HttpMethod.POST, "/stripe/webhook").permitAll());
        // Vaadin's own configuration leaves the login form without CSRF protection (login CSRF: someone else's site
        // could log a citizen in as the attacker). Here every form post needs the token, the login form included; the
        // login form sends it from the page's _csrf meta tags. Vaadin's own requests carry Vaadin's CSRF token instead,
        // and Stripe's webhook is signed.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest,
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/stripe/webhook")));
        http.headers(headers -> headers
                // Written before the page is, as Vaadin writes its pages straight out and would otherwise go without them.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        if (mitIdEnabled) {
            // MitID through the NemLog-in OIDC broker; the registration comes from
            // spring.security.oauth2.client.registration.mitid.* (see README).
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(mitIdUserService.getObject())));
        }
        // A logged-in user who types an address that is no page gets the portal's Danish "Siden findes ikke" (Vaadin's
        // default here is denyAll, which answers with an empty 403 and the browser's own error page).
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/").enableCsrfConfiguration(false)
                .anyRequest(org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
