package dk.fritvalg.shared.database;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded MariaDB as soon as the configuration is known, in parallel with the building of the
 * application context (it takes seconds to install and start); {@link LocalDatabase}, the bean that owns it, then
 * waits for it. Registered in {@code META-INF/spring.factories}. Does nothing when a database is configured, when a
 * local server will be used, or when the embedded database is not allowed (the bean then says why).
 */
class EmbeddedDatabaseEarlyStart implements ApplicationListener<SpringApplicationEvent> {

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            ConfigurableEnvironment environment = prepared.getEnvironment();
            if (new NoExternalDatabaseCondition().matches(environment)) {
                DatabaseProperties properties = Binder.get(environment).bindOrCreate("fritvalg.database", DatabaseProperties.class);
                if (LocalDatabase.wouldStartEmbedded(properties, environment)) {
                    EmbeddedMariaDb.startEarly(properties);
                }
            }
        } else if (event instanceof ApplicationFailedEvent) {
            EmbeddedMariaDb.stopUnused();
        }
    }
}
