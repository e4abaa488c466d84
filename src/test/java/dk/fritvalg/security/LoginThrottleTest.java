package dk.fritvalg.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestClock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password logins through the real authentication manager on the real MariaDB: the answers are the same for user
 * names that exist and ones that do not; failures are throttled per user name and per client address with a delay
 * that grows, not a lock anyone can set for a quarter of an hour; bursts in parallel are counted exactly.
 */
@IntegrationTest
class LoginThrottleTest {

    private static final String PASSWORD = "throttle-test-password";

    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        // The clock stands still unless a test moves it: a bcrypt check takes longer than the first wait.
        TestClock.setTo(ZonedDateTime.now(dk.fritvalg.shared.TimeConfiguration.DANISH_TIME));
        jdbc.update("DELETE FROM login_throttle");
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void aUserNameThatExistsAndOneThatDoesNotGetExactlyTheSameAnswers() {
        String known = newUser();
        String unknown = "nobody-" + UUID.randomUUID();

        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            knownAnswers.add(outcome(known, "wrong", null));
            unknownAnswers.add(outcome(unknown, "wrong", null));
        }

        assertThat(knownAnswers).isEqualTo(unknownAnswers)
                .containsExactly("BadCredentialsException", "BadCredentialsException", "BadCredentialsException",
                        "BadCredentialsException", "BadCredentialsException", "LoginThrottledException", "LoginThrottledException");
    }

    @Test
    void aSwitchedOffLoginAnswersLikeAWrongPassword() {
        String off = newUser();
        jdbc.update("UPDATE user_account SET enabled = FALSE WHERE username = ?", off);

        assertThat(outcome(off, PASSWORD, null)).isEqualTo("BadCredentialsException");
    }

    @Test
    void afterTheFreeAttemptsTheWaitIsShortAndDoublesInsteadOfALongLock() {
        String user = newUser();
        for (int i = 0; i < 5; i++) {
            assertThat(outcome(user, "wrong", null)).isEqualTo("BadCredentialsException");
        }
        // Throttled now, even for the right password.
        assertThat(outcome(user, PASSWORD, null)).isEqualTo("LoginThrottledException");

        later(Duration.ofMillis(1_100));
        assertThat(outcome(user, PASSWORD, null)).as("one second later the right password works").isEqualTo("ok");

        // Five more wrong ones: 1 s to wait, then a sixth: 2 s.
        for (int i = 0; i < 5; i++) {
            assertThat(outcome(user, "wrong", null)).isEqualTo("BadCredentialsException");
        }
        later(Duration.ofMillis(1_100));
        assertThat(outcome(user, "wrong", null)).isEqualTo("BadCredentialsException");
        later(Duration.ofMillis(1_100));
        assertThat(outcome(user, PASSWORD, null)).as("the wait has doubled").isEqualTo("LoginThrottledException");
        later(Duration.ofMillis(1_000));
        assertThat(outcome(user, PASSWORD, null)).isEqualTo("ok");
    }

    @Test
    void oneAddressTryingManyUserNamesIsThrottledWithoutSlowingOthers() {
        String user = newUser();
        for (int i = 0; i < 20; i++) {
            assertThat(outcome("guess-" + i + "-" + UUID.randomUUID(), "wrong", "203.0.113.7")).isEqualTo("BadCredentialsException");
        }

        assertThat(outcome("guess-more-" + UUID.randomUUID(), "wrong", "203.0.113.7")).isEqualTo("LoginThrottledException");
        assertThat(outcome(user, PASSWORD, "203.0.113.7")).isEqualTo("LoginThrottledException");
        assertThat(outcome(user, PASSWORD, "198.51.100.4")).as("another address is not slowed").isEqualTo("ok");
    }

    @Test
    void thirtyWrongPasswordsInParallelAreCountedExactlyWithoutAServerError() throws Exception {
        String user = newUser();
        List<String> answers = burst(user, 30, -1);

        assertThat(answers).allMatch(a -> a.equals("BadCredentialsException") || a.equals("LoginThrottledException"));
        assertThat(answers).filteredOn("BadCredentialsException"::equals).hasSize(5);
        assertThat(outcome(user, PASSWORD, null)).as("right after the burst").isEqualTo("LoginThrottledException");
    }

    @Test
    void theRightPasswordDuringABurstIsLetThroughOnlyWhenTheThrottleLetsAnyPasswordThrough() throws Exception {
        String user = newUser();
        List<String> answers = burst(user, 30, 10);

        String right = answers.get(10);
        List<String> wrong = new ArrayList<>(answers);
        wrong.remove(10);
        assertThat(answers).allMatch(a -> a.equals("ok") || a.equals("BadCredentialsException") || a.equals("LoginThrottledException"));
        long checked = wrong.stream().filter("BadCredentialsException"::equals).count();
        if (right.equals("ok")) {
            // It took one of the five free attempts and started the count afresh: at most four before and five after.
            assertThat(checked).isLessThanOrEqualTo(9);
        } else {
            assertThat(right).isEqualTo("LoginThrottledException");
            assertThat(checked).isEqualTo(5);
        }
    }

    /** {@code n} attempts at once; the one at {@code rightAt} (if not negative) has the right password. */
    private List<String> burst(String user, int n, int rightAt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier together = new CyclicBarrier(n);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String password = i == rightAt ? PASSWORD : "wrong-" + i;
                results.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return outcome(user, password, null);
                }));
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> result : results) {
                answers.add(result.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private String outcome(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        if (address != null) {
            token.setDetails(new WebAuthenticationDetails(address, null));
        }
        try {
            manager().authenticate(token);
            return "ok";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    private AuthenticationManager manager() {
        try {
            return authentication.getAuthenticationManager();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String newUser() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        users.createOrUpdate(new UserAccountService.NewUser(username, PASSWORD, "Throttle Test", Role.CITIZEN, null,
                null, null, null, null, null));
        return username;
    }

    private static void later(Duration by) {
        TestClock.setTo(ZonedDateTime.now(dk.fritvalg.shared.TimeConfiguration.DANISH_TIME).plus(TestClock.shift()).plus(by));
    }
}
