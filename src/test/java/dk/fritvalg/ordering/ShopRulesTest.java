package dk.fritvalg.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.catalogue.AddOnSummary;
import dk.fritvalg.catalogue.CatalogueService;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.citizen.CitizenDetails;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.CitizenRegistry;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The add-on shop's rules on the real MariaDB: which days the cart offers, what may share a cart, what a
 * citizen is offered at all, ending an arrangement from a day, and the month's coming charges.
 */
@IntegrationTest
class ShopRulesTest {

    /** Municipal home care: Monday, Wednesday, Friday, 10–12 and 13–15, five days' notice, anyone. */
    private static final String IT_HELP = "favrskov-hj-it-hjaelp";
    /** Lindetræet: Sundays only, 10–13, three days' notice. */
    private static final String SUNDAY_ROAST = "favrskov-lind-soendagssteg";
    /** Omsorgsgruppen Midt: Monday–Saturday, 07–10 and 10–13, two days' notice, 220 kr. */
    private static final String BATH = "favrskov-omg-ekstra-bad";
    /** Omsorgsgruppen Midt: Monday and Wednesday, 09–12 and 12–15. */
    private static final String FOOT_CARE = "favrskov-omg-fodpleje";
    private static final String MUSIC_FOR_RESIDENTS = "favrskov-hj-musikterapi";
    private static final TimeWindow EARLY = TimeWindow.parse("07:00-10:00");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderingService ordering;
    @Autowired
    ProviderOrders providerOrders;
    @Autowired
    Statements statements;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    CitizenFixture citizens;
    @Autowired
    CitizenRegistry registry;

    OrderingFixture fixture;
    long favrskov;

    @BeforeEach
    void reset() {
        fixture = new OrderingFixture(jdbc);
        fixture.reset();
        favrskov = citizens.municipalityId("0710");
    }

    @AfterEach
    void cleanUp() {
        TestClock.reset();
        SecurityContextHolder.clearContext();
    }

    /** A citizen at home in Hadsten with a grant for practical help, logged in. */
    private long citizenAtHome() {
        long citizen = citizens.citizen("0710", "8370", null);
        citizens.grant(citizen, citizens.area("0710", ServiceAreaKind.PRACTICAL_HELP), citizens.provider("favrskov-hjemmepleje"));
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, favrskov));
        return citizen;
    }

    private static ZonedDateTime danish(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(TimeConfiguration.DANISH_TIME);
    }

    private static LocalDate next(DayOfWeek day) {
        return LocalDate.now(TimeConfiguration.DANISH_TIME).with(TemporalAdjusters.next(day));
    }

    @Test
    void theFirstPossibleDayIsADayTheProviderComesInAWindowNotBegunWithinTheLeadTime() {
        long citizen = citizenAtHome();

        // The example: Sunday roast ordered on a Monday. Monday + 3 days is a Thursday, when nobody comes.
        LocalDate monday = next(DayOfWeek.MONDAY);
        TestClock.setTo(danish(monday, 9, 0));
        ordering.addAddOn(citizen, fixture.addOnId(SUNDAY_ROAST), 1);
        ScheduleOptions roast = ordering.scheduleOptions(citizen);
        assertThat(roast.firstDay()).contains(monday.plusDays(6));
        assertThat(roast.days()).isNotEmpty().allSatisfy(day -> assertThat(day.date().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY));
        fixture.reset();

        // IT help needs five days: ordered Wednesday 14:30, Monday's windows (10 and 13) have begun by Monday 14:30.
        LocalDate wednesday = next(DayOfWeek.WEDNESDAY);
        TestClock.setTo(danish(wednesday, 14, 30));
        ordering.addAddOn(citizen, fixture.addOnId(IT_HELP), 1);
        ScheduleOptions late = ordering.scheduleOptions(citizen);
        LocalDate mondayAfter = wednesday.plusDays(5);
        assertThat(late.firstDay()).contains(wednesday.plusWeeks(1));
        assertThat(late.windowsOn(mondayAfter)).isEmpty();
        assertThat(late.days()).allSatisfy(day -> assertThat(day.date().getDayOfWeek())
                .isIn(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        assertThat(late.days().getLast().date()).isBefore(late.firstDay().orElseThrow().plusWeeks(8).plusDays(1));

        // At 11:30 the same Monday's afternoon window is still far enough ahead, the morning one is not.
        TestClock.setTo(danish(wednesday, 11, 30));
        ScheduleOptions early = ordering.scheduleOptions(citizen);
        assertThat(early.firstDay()).contains(mondayAfter);
        assertThat(early.windowsOn(mondayAfter)).containsExactly(TimeWindow.parse("13:00-15:00"));

        // Checkout holds to the same rule.
        assertThatThrownBy(() -> ordering.checkout(citizen, new OrderingService.CheckoutRequest(mondayAfter,
                TimeWindow.parse("10:00-12:00"), null, PaymentMethod.INVOICE))).hasMessageContaining("ordering.not-possible-then");
        assertThatThrownBy(() -> ordering.checkout(citizen, new OrderingService.CheckoutRequest(mondayAfter.plusDays(1),
                TimeWindow.parse("13:00-15:00"), null, PaymentMethod.INVOICE))).hasMessageContaining("ordering.not-possible-then");
        long orderId = ordering.checkout(citizen, new OrderingService.CheckoutRequest(mondayAfter, TimeWindow.parse("13:00-15:00"),
                null, PaymentMethod.INVOICE));
        assertThat(fixture.orderStatus(orderId)).isEqualTo("AWAITING_PROVIDER");
    }

    @Test
    void whatCannotComeOnTheSameDayAndTimeNeverSharesACartAndIsNeverOffered() {
        long citizen = citizenAtHome();
        ordering.addAddOn(citizen, fixture.addOnId(FOOT_CARE), 1);
        // The same provider, the same days, but no window in common: one visit cannot bring both.
        assertThatThrownBy(() -> ordering.addAddOn(citizen, fixture.addOnId(BATH), 1))
                .isInstanceOf(BusinessException.class).hasMessageContaining("ordering.not-together");
        assertThat(ordering.cart(citizen).lines()).hasSize(1);
        fixture.reset();

        // The demo package "Velvære derhjemme" (foot care and hairdresser) now comes on Wednesdays.
        ordering.addPackage(citizen, fixture.packageId("favrskov-omg-pakke-velvaere"), 1);
        ScheduleOptions velvaere = ordering.scheduleOptions(citizen);
        assertThat(velvaere.weekdays()).containsExactly(DayOfWeek.WEDNESDAY);
        assertThat(velvaere.firstDay()).get().extracting(LocalDate::getDayOfWeek).isEqualTo(DayOfWeek.WEDNESDAY);
        fixture.reset();

        // A package stored before the import checked this (foot care with a bath) is neither offered nor sold.
        long provider = fixture.providerId("favrskov-omsorgsgruppen-midt");
        jdbc.update("INSERT INTO add_on_package (catalogue_key, provider_id, municipality_id, name, price_ore, updated_at) "
                + "VALUES ('test-never-bookable', ?, ?, 'Aldrig samme tid', 50000, NOW())", provider, favrskov);
        long broken = fixture.packageId("test-never-bookable");
        try {
            jdbc.update("INSERT INTO add_on_package_item (package_id, add_on_id, quantity) VALUES (?, ?, 1), (?, ?, 1)",
                    broken, fixture.addOnId(FOOT_CARE), broken, fixture.addOnId(BATH));
            assertThat(ordering.packagesFor(citizen)).extracting(p -> p.addOnPackage().getName())
                    .contains("Velvære derhjemme").doesNotContain("Aldrig samme tid");
            assertThatThrownBy(() -> ordering.addPackage(citizen, broken, 1))
                    .isInstanceOf(BusinessException.class).hasMessageContaining("ordering.never-bookable");
        } finally {
            jdbc.update("DELETE FROM add_on_package WHERE id = ?", broken);
        }
    }

    @Test
    void aCitizenIsOfferedOnlyWhatSheMayBuyAndTheOrderServiceRefusesTheRest() {
        long atHome = citizenAtHome();
        assertThat(names(ordering.catalogueSearch(atHome, null, null, null, null)))
                .contains("Hjælp til tablet og MitID", "Fodpleje i hjemmet").doesNotContain("Musik og sang på plejehjemmet");
        assertThat(ordering.refusal(atHome, fixture.addOnId(MUSIC_FOR_RESIDENTS))).get()
                .extracting(BusinessException::messageKey).isEqualTo("ordering.needs-nursing-home");
        assertThat(ordering.refusal(atHome, fixture.addOnId(IT_HELP))).isEmpty();
        // Even if it got into her cart, checkout refuses it.
        jdbc.update("INSERT INTO cart_item (version, citizen_id, provider_id, add_on_id, quantity, added_at) VALUES (0, ?, ?, ?, 1, NOW())",
                atHome, fixture.providerId("favrskov-hjemmepleje"), fixture.addOnId(MUSIC_FOR_RESIDENTS));
        LocalDate tuesday = OrderingFixture.freshDay(DayOfWeek.TUESDAY);
        assertThatThrownBy(() -> ordering.checkout(atHome, new OrderingService.CheckoutRequest(tuesday, TimeWindow.parse("10:00-11:00"),
                null, PaymentMethod.INVOICE))).isInstanceOf(BusinessException.class).hasMessageContaining("ordering.needs-nursing-home");

        // Without a grant, the municipal home care's add-ons for grant holders are left out too.
        long noGrant = citizens.citizen("0710", "8370", null);
        CitizenFixture.actAs(CitizenFixture.citizenUser(noGrant, favrskov));
        assertThat(names(ordering.catalogueSearch(noGrant, null, null, null, null)))
                .contains("Hjælp til tablet og MitID").doesNotContain("Vinduespudsning", "Musik og sang på plejehjemmet");
        assertThat(ordering.packagesFor(noGrant)).extracting(p -> p.addOnPackage().getName())
                .as("its window cleaning is for grant holders").doesNotContain("Hjemmet klar til jul");

        // A nursing-home resident is offered the music, and may order it.
        long resident = registry.registerCitizen(favrskov, CitizenFixture.newCpr(), new CitizenDetails("Inger", "Beboer",
                "Plejehjemsvej 3", "8370", "Hadsten", null, null, true));
        CitizenFixture.actAs(CitizenFixture.citizenUser(resident, favrskov));
        assertThat(names(ordering.catalogueSearch(resident, null, null, null, null))).contains("Musik og sang på plejehjemmet");
        assertThat(ordering.addAddOn(resident, fixture.addOnId(MUSIC_FOR_RESIDENTS), 1).lines()).hasSize(1);
    }

    @Test
    void anArrangementIsCancelledFromAChosenDayEachVisitUnderTheDeadline() {
        long citizen = citizenAtHome();
        LocalDate first = OrderingFixture.freshDay(DayOfWeek.TUESDAY);
        ordering.addAddOn(citizen, fixture.addOnId(BATH), 1);
        long orderId = ordering.checkout(citizen, new OrderingService.CheckoutRequest(first, EARLY,
                dk.fritvalg.catalogue.Recurrence.WEEKLY, PaymentMethod.INVOICE));
        LocalDate third = first.plusWeeks(2);

        assertThat(ordering.cancellationFrom(orderId, first.plusWeeks(3))).isEqualTo(new OrderingService.CancellationSummary(9, 0));
        // Someone with no power of attorney for her can do nothing.
        CitizenFixture.actAs(CitizenFixture.relativeUser(citizens.relative(null)));
        assertThatThrownBy(() -> ordering.cancelFrom(orderId, third)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ordering.cancellationFrom(orderId, third)).isInstanceOf(AccessDeniedException.class);
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, favrskov));

        // 12:30 the day before the third visit: past the provider's deadline (12:00) for that visit only.
        TestClock.setTo(danish(third.minusDays(1), 12, 30));
        assertThat(ordering.cancellationFrom(orderId, third)).isEqualTo(new OrderingService.CancellationSummary(10, 22_000));
        assertThat(ordering.cancelFrom(orderId, third)).isEqualTo(new OrderingService.CancellationSummary(10, 22_000));

        assertThat(jdbc.queryForList("SELECT status FROM addon_order_occurrence WHERE order_id = ? ORDER BY service_date", String.class, orderId))
                .containsExactly("REQUESTED", "REQUESTED", "CANCELLED_LATE", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED",
                        "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED");
        assertThat(fixture.orderStatus(orderId)).as("the first two visits still come").isEqualTo("AWAITING_PROVIDER");
        assertThatThrownBy(() -> ordering.cancelFrom(orderId, third)).hasMessageContaining("ordering.cannot-cancel");
    }

    @Test
    void theStatementShowsTheMonthsComingVisitsAndWhatTheyWillCostNextToWhatWasCharged() {
        long citizen = citizenAtHome();
        // The first Tuesday of a month at least three weeks ahead, so the month holds four or five visits.
        LocalDate first = YearMonth.from(LocalDate.now(TimeConfiguration.DANISH_TIME).plusWeeks(3)).plusMonths(1).atDay(1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        YearMonth month = YearMonth.from(first);
        ordering.addAddOn(citizen, fixture.addOnId(BATH), 1);
        long orderId = ordering.checkout(citizen, new OrderingService.CheckoutRequest(first, EARLY,
                dk.fritvalg.catalogue.Recurrence.WEEKLY, PaymentMethod.INVOICE));
        int inMonth = (int) OrderingService.dates(first, dk.fritvalg.catalogue.Recurrence.WEEKLY).stream()
                .filter(d -> YearMonth.from(d).equals(month)).count();

        Statements.Statement before = statements.statement(citizen, month);
        assertThat(before.lines()).isEmpty();
        assertThat(before.upcoming()).hasSize(inMonth).allSatisfy(line -> {
            assertThat(line.amountOre()).isEqualTo(22_000);
            assertThat(line.description()).isEqualTo("1 × Ekstra bad og hårvask");
            assertThat(line.status()).isEqualTo(OccurrenceStatus.REQUESTED);
        });
        assertThat(before.upcomingOre()).isEqualTo(inMonth * 22_000L);
        assertThat(before.isEmpty()).isFalse();

        // The provider confirms and delivers the first visit: it moves from "coming" to "charged".
        CitizenFixture.actAs(CitizenFixture.providerUser(fixture.providerId("favrskov-omsorgsgruppen-midt")));
        providerOrders.accept(orderId, LocalTime.of(8, 0));
        TestClock.setTo(danish(first, 18, 0));
        long firstVisit = jdbc.queryForObject("SELECT id FROM addon_order_occurrence WHERE order_id = ? AND service_date = ?",
                Long.class, orderId, first);
        providerOrders.markDelivered(firstVisit);

        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, favrskov));
        Statements.Statement after = statements.statement(citizen, month);
        assertThat(after.lines()).singleElement().satisfies(line -> assertThat(line.status()).isEqualTo(OccurrenceStatus.DELIVERED));
        assertThat(after.totalOre()).isEqualTo(22_000);
        assertThat(after.upcoming()).hasSize(inMonth - 1).allSatisfy(line -> assertThat(line.status()).isEqualTo(OccurrenceStatus.SCHEDULED));
        assertThat(after.expectedOre()).isEqualTo(inMonth * 22_000L);
        // Only the month asked for.
        assertThat(statements.statement(citizen, month.minusMonths(1)).isEmpty()).isTrue();
    }

    private List<String> names(dk.fritvalg.catalogue.AddOnSearch search) {
        return catalogue.search(search, 0, 200).stream().map(AddOnSummary::name).toList();
    }
}
