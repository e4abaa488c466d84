package dk.fritvalg.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-configuration database: used only when {@code spring.datasource.url} is not set. Then the
 * portal uses a MariaDB server already answering locally (when allowed) or starts an embedded one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(DatabaseProperties properties) {
        LocalMariaDb.Target target = LocalMariaDb.obtain(properties);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("fritvalg");
        dataSource.setJdbcUrl(target.jdbcUrl());
        dataSource.setUsername(target.user());
        dataSource.setPassword(target.password());
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
