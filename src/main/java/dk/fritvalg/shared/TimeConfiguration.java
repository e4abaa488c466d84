package dk.fritvalg.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Business rules run in Danish time; the database stores UTC. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(DANISH_TIME);
    }
}
