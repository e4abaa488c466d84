package dk.fritvalg.ordering.ui;

import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.ordering.OrderingFixture;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.ordering.ProviderOrders;
import dk.fritvalg.support.KaribuTest;
import dk.fritvalg.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The add-on shop's screen tests: the demo catalogue's keys, the services, and a clean cart and clock for each test. */
abstract class ShopScreenTest extends KaribuTest {

    /** Omsorgsgruppen Midt: extra bath, 220 kr. a visit, no VAT, Monday–Saturday, 07–10 and 10–13, no capacity limit. */
    static final String BATH = "favrskov-omg-ekstra-bad";
    /** Omsorgsgruppen Midt: foot care, 395 kr., Monday and Wednesday, three places per slot. */
    static final String FOOT_CARE = "favrskov-omg-fodpleje";
    static final TimeWindow EARLY = TimeWindow.parse("07:00-10:00");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderingService ordering;
    @Autowired
    ProviderOrders providerOrders;

    OrderingFixture fixture;

    @BeforeEach
    void reset() {
        fixture = new OrderingFixture(jdbc);
        fixture.reset();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }
}
