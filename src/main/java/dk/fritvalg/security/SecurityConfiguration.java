package dk.fritvalg.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

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
                .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'self'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        if (mitIdEnabled) {
            // MitID through the NemLog-in OIDC broker; the registration comes from
            // spring.security.oauth2.client.registration.mitid.* (see README).
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(mitIdUserService.getObject())));
        }
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/").enableCsrfConfiguration(false));
        return http.build();
    }
}
