package dk.fritvalg.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.citizen.CitizenDetails;
import dk.fritvalg.citizen.CitizenRegistry;
import dk.fritvalg.ordering.OrderingFixture;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.payment.Webhooks;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.shared.CprHasher;
import dk.fritvalg.support.StripeStandIn;
import dk.fritvalg.support.TestMailServer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Checkout throughput with card payment against the local Stripe stand-in: per order, the cart, the
 * checkout (order, visit, payment in one transaction), the Stripe Checkout Session over HTTP, and the
 * signed webhook that marks it paid (with its receipt queued in the outbox). Several citizens in
 * parallel, as on the 2-core machine it runs on. Run with {@code ./mvnw -o test -Dtest=CheckoutBenchmark}.
 */
@SpringBootTest(properties = {"fritvalg.database.name=fritvalg_bench_addons", "fritvalg.database.recreate=true"})
@ActiveProfiles({"test", "demo"})
class CheckoutBenchmark {

    private static final int CITIZENS = 4;
    private static final int WARM_UP = 40;
    private static final int ORDERS = 400;

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderingService ordering;
    @Autowired
    CitizenRegistry registry;
    @Autowired
    UserAccountService users;
    @Autowired
    CprHasher cprHasher;
    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void cardCheckoutThroughput() throws Exception {
        TestMailServer.get();
        StripeStandIn.get().reset();
        OrderingFixture fixture = new OrderingFixture(jdbc);
        long bath = fixture.addOnId("favrskov-omg-ekstra-bad");
        long favrskov = jdbc.queryForObject("SELECT id FROM municipality WHERE code = '0710'", Long.class);
        List<long[]> citizens = new ArrayList<>();
        List<Authentication> logins = new ArrayList<>();
        for (int i = 0; i < CITIZENS; i++) {
            String cpr = "01014" + (11_000 + i);
            long id = registry.registerCitizen(favrskov, cpr, new CitizenDetails("Bench", "Borger " + i, "Vestergade " + (i + 1),
                    "8370", "Hadsten", "bench" + i + "@example.dk", null, false));
            users.createOrUpdate(new UserAccountService.NewUser("bench-" + i, "bench-password", "Bench Borger " + i, Role.CITIZEN,
                    "bench" + i + "@example.dk", favrskov, null, id, null, cprHasher.hash(cpr)));
            citizens.add(new long[] {id});
            logins.add(authentication.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("bench-" + i, "bench-password")));
        }
        LocalDate day = OrderingFixture.freshDay(DayOfWeek.TUESDAY);

        run(citizens, logins, bath, day, WARM_UP);
        long[] latencies = new long[ORDERS];
        long started = System.nanoTime();
        int done = run(citizens, logins, bath, day, ORDERS, latencies);
        double seconds = (System.nanoTime() - started) / 1e9;

        Percentiles percentiles = new Percentiles(latencies);
        System.out.println("=== CheckoutBenchmark: " + ORDERS + " card orders by " + CITIZENS + " citizens in parallel, "
                + Runtime.getRuntime().availableProcessors() + " cores ===");
        System.out.printf("throughput                      : %.1f orders/s (%.1f s)%n", done / seconds, seconds);
        System.out.println("per order (cart → paid)         : " + percentiles);
        assertThat(done).isEqualTo(ORDERS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment p JOIN addon_order o ON o.id = p.order_id "
                + "WHERE p.status = 'PAID' AND o.status = 'AWAITING_PROVIDER' AND o.citizen_id IN (" + ids(citizens) + ")", Integer.class))
                .isEqualTo(WARM_UP + ORDERS);
    }

    private int run(List<long[]> citizens, List<Authentication> logins, long addOn, LocalDate day, int orders) throws Exception {
        return run(citizens, logins, addOn, day, orders, new long[orders]);
    }

    private int run(List<long[]> citizens, List<Authentication> logins, long addOn, LocalDate day, int orders, long[] latencies)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(citizens.size());
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < citizens.size(); t++) {
            long citizen = citizens.get(t)[0];
            Authentication login = logins.get(t);
            results.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(login);
                int mine = 0;
                for (int n = next.getAndIncrement(); n < orders; n = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    ordering.addAddOn(citizen, addOn, 1);
                    long orderId = ordering.checkout(citizen, new OrderingService.CheckoutRequest(day, TimeWindow.parse("07:00-10:00"),
                            null, PaymentMethod.CARD));
                    ordering.cardCheckoutUrl(orderId, "tilkoeb/bestillinger");
                    int status = Webhooks.deliver(context, StripeStandIn.sessionCompleted("evt_bench_" + orderId, orderId, 22_000));
                    if (status != 200) {
                        throw new IllegalStateException("Webhook answered " + status);
                    }
                    latencies[n] = System.nanoTime() - start;
                    mine++;
                }
                SecurityContextHolder.clearContext();
                return mine;
            }));
        }
        int done = 0;
        for (Future<Integer> result : results) {
            done += result.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return done;
    }

    private static String ids(List<long[]> citizens) {
        return String.join(",", citizens.stream().map(c -> Long.toString(c[0])).toList());
    }
}
