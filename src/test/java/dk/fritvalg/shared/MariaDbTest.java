package dk.fritvalg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class MariaDbTest {

    @Autowired
    JdbcTemplate jdbc;
    /** fritvalg_test, or the schema a parallel build chose with FRITVALG_DATABASE_NAME. */
    @Value("${fritvalg.database.name}")
    String schema;

    @Test
    void theTestsRunOnARealMariaDb() {
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).contains("MariaDB");
    }

    @Test
    void flywayCreatedTheSchemaInTheTestDatabase() {
        assertThat(jdbc.queryForObject("SELECT DATABASE()", String.class)).isEqualTo(schema).startsWith("fritvalg_");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1", Integer.class)).isPositive();
    }
}
