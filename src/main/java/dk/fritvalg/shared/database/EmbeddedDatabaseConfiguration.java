package dk.fritvalg.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The zero-configuration database: used only when {@code spring.datasource.url} is not set. Then the
 * portal uses a MariaDB server already answering locally (when allowed) or starts an embedded one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    /** Closed by the context after every bean that uses the pool: the embedded server stops last. */
    @Bean(destroyMethod = "close")
    LocalDatabase localDatabase(DatabaseProperties properties, Environment environment) {
        return LocalDatabase.obtain(properties, environment);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(LocalDatabase database, DatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("fritvalg");
        dataSource.setJdbcUrl(database.jdbcUrl(properties.name()));
        dataSource.setUsername(database.user());
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
