package dk.fritvalg.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.FritValgApplication;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;

/**
 * Two nodes of the portal (two application contexts) on one database. Every {@code @Scheduled} method of the portal is
 * started on both nodes at the same moment, as their schedulers do at a due time: each job runs on exactly one node.
 * After the lock's hold has passed (the next due time), it runs once more. A new job without {@code @SchedulerLock}
 * fails this test.
 */
class ScheduledJobsOnTwoNodesTest {

    /** Runs per job, counted when a node's lock provider grants the job's lock to one of this test's threads. */
    private static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();
    private static final String TEST_THREAD = "job-test-node-";

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        String schema = Optional.ofNullable(System.getenv("FRITVALG_DATABASE_NAME")).orElse("fritvalg_test") + "_nodes";
        nodeA = node("a", schema);
        nodeB = node("b", schema);
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private static ConfigurableApplicationContext node(String name, String schema) {
        return new SpringApplicationBuilder(FritValgApplication.class)
                .profiles("test")
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new CountingLocks()))
                // Command-line arguments: above application.yml, as an operator's settings are.
                .run(
                        "--server.port=0",
                        "--fritvalg.cpr.hash-key=two-nodes-test-key-0123456789abcdef",
                        "--spring.main.banner-mode=off",
                        "--fritvalg.database.name=" + schema,
                        "--fritvalg.jobs.lock-at-least-for=PT5S",
                        "--fritvalg.ordering.reminder-cron=-",
                        "--fritvalg.ordering.complete-interval=PT1H",
                        "--fritvalg.stripe.release-interval=PT1H",
                        "--spring.application.name=" + "frit-valg-node-" + name);
    }

    @Test
    void eachScheduledJobRunsOnOneNodePerDueTime() throws Exception {
        List<Job> jobsA = scheduledJobs(nodeA);
        List<Job> jobsB = scheduledJobs(nodeB);
        assertThat(jobsA).as("the portal's scheduled jobs").hasSizeGreaterThanOrEqualTo(8);
        assertThat(jobsA).extracting(Job::lockName).doesNotHaveDuplicates();

        // Per job: both nodes at once, then both again at once within the lock's hold (a node whose clock is late).
        startTogether(jobsA, jobsB, 2);
        assertThat(runs(jobsA)).as("runs per job at the first due time, started on both nodes at once, twice within the hold")
                .allSatisfy((job, runs) -> assertThat(runs).as(job).isEqualTo(1));

        Thread.sleep(5_500);
        startTogether(jobsA, jobsB, 1);
        assertThat(runs(jobsA)).as("runs per job after the next due time")
                .allSatisfy((job, runs) -> assertThat(runs).as(job).isEqualTo(2));
    }

    private static Map<String, Integer> runs(List<Job> jobs) {
        Map<String, Integer> runs = new TreeMap<>();
        for (Job job : jobs) {
            runs.put(job.lockName(), RUNS.getOrDefault(job.lockName(), new AtomicInteger()).get());
        }
        return runs;
    }

    /** Each job on both nodes, released by one barrier, as two schedulers firing at the same due time. */
    private static void startTogether(List<Job> jobsA, List<Job> jobsB, int times) throws Exception {
        for (Job a : jobsA) {
            for (int time = 0; time < times; time++) {
                startTogether(a, jobsB);
            }
        }
    }

    private static void startTogether(Job a, List<Job> jobsB) throws Exception {
        {
            Job b = jobsB.stream().filter(j -> j.lockName().equals(a.lockName())).findFirst().orElseThrow();
            CyclicBarrier barrier = new CyclicBarrier(2);
            List<Throwable> failures = new ArrayList<>();
            Thread ta = new Thread(() -> run(a, barrier, failures), TEST_THREAD + "a");
            Thread tb = new Thread(() -> run(b, barrier, failures), TEST_THREAD + "b");
            ta.start();
            tb.start();
            ta.join(120_000);
            tb.join(120_000);
            assertThat(failures).as(a.lockName()).isEmpty();
        }
    }

    private static void run(Job job, CyclicBarrier barrier, List<Throwable> failures) {
        try {
            barrier.await();
            ReflectionUtils.makeAccessible(job.method());
            job.method().invoke(job.bean());
        } catch (Throwable e) {
            synchronized (failures) {
                failures.add(e);
            }
        }
    }

    private static List<Job> scheduledJobs(ConfigurableApplicationContext node) {
        List<Job> jobs = new ArrayList<>();
        for (String name : node.getBeanDefinitionNames()) {
            Object bean = node.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("dk.fritvalg")) {
                continue;
            }
            for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type)) {
                if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
                    SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
                    assertThat(lock).as(type.getSimpleName() + "." + method.getName() + " is scheduled: it needs @SchedulerLock").isNotNull();
                    assertThat(AopUtils.isAopProxy(bean)).as(name + " is proxied, so the lock applies").isTrue();
                    jobs.add(new Job(lock.name(), bean, method));
                }
            }
        }
        return jobs;
    }

    private record Job(String lockName, Object bean, Method method) {
    }

    private static final class CountingLocks implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof LockProvider provider) {
                return (LockProvider) configuration -> {
                    Optional<SimpleLock> lock = provider.lock(configuration);
                    if (lock.isPresent() && Thread.currentThread().getName().startsWith(TEST_THREAD)) {
                        RUNS.computeIfAbsent(configuration.getName(), n -> new AtomicInteger()).incrementAndGet();
                    }
                    return lock;
                };
            }
            return bean;
        }
    }
}
