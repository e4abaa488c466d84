package dk.fritvalg.shared.jobs;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once per due time on a cluster of nodes: every {@code @Scheduled} method also carries
 * {@code @SchedulerLock}, and the node that takes the job's row in the {@code shedlock} table runs it while the others
 * skip (checked for every job by {@code ScheduledJobsOnTwoNodesTest}). Lock times are the database's clock, so the
 * nodes' clocks do not decide; a lock is held at least {@link #AT_LEAST} after the run (a node whose clock is a little
 * late does not run the same due time again) and at most {@link #AT_MOST} (a node that died releases its jobs).
 * Jobs that change rows still claim each row with a conditional update, so a second run changes nothing either.
 */
@Configuration(proxyBeanMethods = false)
// The lock is taken before a job's own transaction begins, so other nodes see it at once.
@EnableSchedulerLock(defaultLockAtMostFor = JobLocks.AT_MOST, order = Ordered.HIGHEST_PRECEDENCE)
public class JobLocks {

    /** Longer than any clock difference between NTP-synchronised nodes, shorter than the shortest job interval (1 min). */
    public static final String AT_LEAST = "${fritvalg.jobs.lock-at-least-for:PT30S}";

    /** Longer than any job takes; a node killed mid-job frees its lock after this. */
    public static final String AT_MOST = "${fritvalg.jobs.lock-at-most-for:PT30M}";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
