package dk.fritvalg.security;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation is decided by the permission table ({@link ViewPermission}), not by roles repeated on each view. */
@Configuration(proxyBeanMethods = false)
class NavigationAccessConfiguration {

    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer().withNavigationAccessChecker(new PermissionViewAccessChecker());
    }
}
