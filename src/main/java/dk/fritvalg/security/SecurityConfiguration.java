package dk.fritvalg.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
                                            @Value("${fritvalg.mitid.enabled:false}") boolean mitIdEnabled,
                                            ObjectProvider<MitIdUserService> mitIdUserService) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/images/**", "/styles/**").permitAll()
                // Stripe calls this without a login; the payment module verifies Stripe's signature instead.
                .requestMatchers(org.springframework.http.HttpMethod.POST, "/stripe/webhook").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/stripe/webhook"));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'self'"))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (mitIdEnabled) {
            // MitID through the NemLog-in OIDC broker; the registration comes from
            // spring.security.oauth2.client.registration.mitid.* (see README).
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(mitIdUserService.getObject())));
        }
        // A logged-in user who types an address that is no page gets the portal's Danish "Siden findes ikke" (Vaadin's
        // default here is denyAll, which answers with an empty 403 and the browser's own error page).
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                .anyRequest(org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
