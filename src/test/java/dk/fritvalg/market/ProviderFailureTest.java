package dk.fritvalg.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestMailServer;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A provider failure end to end on the services: the provider's citizens move to the municipal provider in every area with
 * the reason CONTINGENCY, history stays, open requests to switch to the failed provider are cancelled, an add-on order
 * moves where the fallback sells the same add-on and is otherwise cancelled and refunded, everyone is told through the
 * outbox, the provider is suspended, and a second run changes nothing. The checklist is copied and ticked off. Who may
 * do it. The move at scale (3,000 citizens in one transaction) is {@code ProviderFailureBenchmark}.
 */
@IntegrationTest
class ProviderFailureTest {

    private static final long PRICE = 25_000;

    @Autowired
    ProviderFailures failures;
    @Autowired
    ProviderService providerService;
    @Autowired
    ProviderRegistry registry;
    @Autowired
    MarketFixture market;
    @Autowired
    ProviderFixture providers;
    @Autowired
    CitizenFixture citizens;
    @Autowired
    JdbcTemplate jdbc;

    Municipality municipality;
    long personalCare;
    long practicalHelp;
    long municipal;
    long failing;
    long other;
    PortalUser procurement;
    LocalDate today;

    @BeforeEach
    void freshMarket() {
        TestMailServer.get();
        municipality = market.freshMunicipality();
        personalCare = market.area(municipality, ServiceAreaKind.PERSONAL_CARE);
        practicalHelp = market.area(municipality, ServiceAreaKind.PRACTICAL_HELP);
        today = LocalDate.now(TimeConfiguration.DANISH_TIME);
        municipal = registry.presenceIn(providers.organisation("Kommunal Hjemmepleje"), municipality.getId(), ProviderType.MUNICIPAL,
                Set.of("8000"));
        failing = providers.chain("Konkurs Pleje ApS", Map.of(municipality.getCode(), Set.of("8000"))).get(municipality.getCode());
        other = providers.chain("Anden Pleje ApS", Map.of(municipality.getCode(), Set.of("8000"))).get(municipality.getCode());
        for (long provider : List.of(municipal, failing, other)) {
            for (long area : List.of(personalCare, practicalHelp)) {
                registry.agree(provider, area, AgreementModel.APPROVAL, today.minusYears(1), null, null, null, null);
            }
        }
        procurement = MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, municipality.getId());
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFailureMovesEveryCitizenHandlesRequestsAndOrdersTellsEveryoneAndASecondRunChangesNothing() {
        String email = ApprovalModelTest.newEmail("svigt-borger");
        String relativeEmail = ApprovalModelTest.newEmail("svigt-paaroerende");
        long both = citizens.citizen(municipality.getCode(), "8000", email);
        citizens.grant(both, personalCare, failing);
        citizens.grant(both, practicalHelp, failing);
        citizens.powerOfAttorney(citizens.relative(relativeEmail), both, PowerOfAttorneyScope.ACT);
        long withoutEmail = citizens.citizen(municipality.getCode(), "8000", null);
        citizens.grant(withoutEmail, personalCare, failing);
        // Wants to switch to the failing provider: the request goes.
        String wantsEmail = ApprovalModelTest.newEmail("svigt-skift");
        long wants = citizens.citizen(municipality.getCode(), "8000", wantsEmail);
        citizens.grant(wants, personalCare, municipal);
        long request = switchRequest(wants, personalCare, municipal, failing);
        // Left the failing provider before: her history is not touched.
        long former = citizens.citizen(municipality.getCode(), "8000", null);
        jdbc.update("""
                INSERT INTO provider_choice (version, citizen_id, service_area_id, provider_id, valid_from, valid_to, reason, made_at)
                VALUES (0, ?, ?, ?, ?, ?, 'CHOSEN', NOW())""", former, personalCare, failing, Date.valueOf(today.minusYears(1)),
                Date.valueOf(today.minusMonths(2)));

        long cleaning = addOn(failing, "Ekstra rengøring");
        long municipalCleaning = addOn(municipal, "Ekstra rengøring");
        long walk = addOn(failing, "Gåtur med hund");
        long movedOrder = order(both, failing, cleaning, "CONFIRMED", "SCHEDULED");
        long cancelledOrder = order(both, failing, walk, "AWAITING_PROVIDER", "REQUESTED");

        CitizenFixture.actAs(procurement);
        ProviderFailures.Preview preview = failures.preview(failing, today);
        assertThat(preview.areas()).extracting(ProviderFailures.AreaPlan::serviceAreaId, ProviderFailures.AreaPlan::citizens,
                ProviderFailures.AreaPlan::defaultFallbackId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(personalCare, 2, municipal), org.assertj.core.groups.Tuple.tuple(practicalHelp, 1, municipal));
        assertThat(preview.areas().getFirst().fallbacks()).extracting(ProviderFailures.Option::providerId)
                .containsExactlyInAnyOrder(municipal, other);
        long choicesBefore = count("SELECT COUNT(*) FROM provider_choice");

        ProviderFailures.Details done = failures.register(failing, today, Map.of(), "Konkursbegæring modtaget fra skifteretten");

        assertThat(done.alreadyRegistered()).isFalse();
        assertThat(done.citizensMoved()).isEqualTo(2);
        assertThat(done.choicesMoved()).isEqualTo(3);
        assertThat(done.requestsCancelled()).isEqualTo(1);
        assertThat(done.ordersMoved()).isEqualTo(1);
        assertThat(done.ordersCancelled()).isEqualTo(1);
        assertThat(done.refundedOre()).isEqualTo(2 * PRICE);
        assertThat(done.fallbacks()).extracting(ProviderFailures.Fallback::providerId).containsOnly(municipal);
        assertThat(done.tasks()).hasSize(7).noneMatch(ProviderFailures.Task::done);

        // Each moved choice: the old one ends yesterday, the new one with the municipal provider starts today.
        for (long[] pair : new long[][] {{both, personalCare}, {both, practicalHelp}, {withoutEmail, personalCare}}) {
            assertThat(jdbc.queryForList("""
                    SELECT CONCAT(provider_id, '/', valid_from, '/', IFNULL(valid_to, '-'), '/', reason) FROM provider_choice
                    WHERE citizen_id = ? AND service_area_id = ? ORDER BY valid_from, id""", String.class, pair[0], pair[1]))
                    .containsExactly(failing + "/" + today.withDayOfMonth(1).minusMonths(1) + "/" + today.minusDays(1) + "/CHOSEN",
                            municipal + "/" + today + "/-/CONTINGENCY");
        }
        assertThat(count("SELECT COUNT(*) FROM provider_choice")).isEqualTo(choicesBefore + 3);
        assertThat(jdbc.queryForObject("SELECT CONCAT(valid_to) FROM provider_choice WHERE citizen_id = ?", String.class, former))
                .isEqualTo(today.minusMonths(2).toString());
        assertThat(jdbc.queryForObject("SELECT CONCAT(status, '/', IFNULL(open_key, '-')) FROM switch_request WHERE id = ?", String.class,
                request)).isEqualTo("CANCELLED/-");

        // The cleaning order moved to the municipal provider's same add-on, at the agreed price; the walk was refunded.
        assertThat(jdbc.queryForObject("SELECT CONCAT(provider_id, '/', status, '/', price_per_occurrence_ore) FROM addon_order WHERE id = ?",
                String.class, movedOrder)).isEqualTo(municipal + "/AWAITING_PROVIDER/" + PRICE);
        assertThat(jdbc.queryForObject("SELECT add_on_id FROM addon_order_line WHERE order_id = ?", Long.class, movedOrder))
                .isEqualTo(municipalCleaning);
        assertThat(jdbc.queryForList("SELECT status FROM addon_order_occurrence WHERE order_id = ?", String.class, movedOrder))
                .containsOnly("REQUESTED");
        assertThat(jdbc.queryForObject("SELECT status FROM addon_order WHERE id = ?", String.class, cancelledOrder)).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForList("SELECT status FROM addon_order_occurrence WHERE order_id = ?", String.class, cancelledOrder))
                .containsOnly("CANCELLED");
        assertThat(jdbc.queryForObject("""
                SELECT CONCAT(r.amount_ore, '/', p.refunded_ore) FROM payment_refund r JOIN payment p ON p.id = r.payment_id
                WHERE r.reference = ?""", String.class, "failure-" + done.failureId() + "-order-" + cancelledOrder))
                .isEqualTo(2 * PRICE + "/" + 2 * PRICE);

        // The provider is suspended: nobody can choose it.
        assertThat(providerService.selectable(municipality.getId(), personalCare, today)).extracting(Provider::getId).doesNotContain(failing);
        assertThat(providerService.byId(failing).orElseThrow().isSuspended()).isTrue();

        // Everyone is told through the outbox.
        String reference = "failure-" + done.failureId() + "-%";
        assertThat(jdbc.queryForList("SELECT CONCAT(person_kind, ':', IFNULL(person_id, email), ':', subject) FROM notice WHERE reference LIKE ?",
                String.class, reference)).hasSize(8).anySatisfy(n -> assertThat(n).startsWith("CITIZEN:" + withoutEmail + ":Du får en ny leverandør"));
        assertThat(TestMailServer.awaitMailTo(email, 2)).extracting(TestMailServer::subject)
                .containsExactlyInAnyOrder("Du får en ny leverandør: Kommunal Hjemmepleje", "Dine tilkøb hos Konkurs Pleje ApS");
        assertThat(TestMailServer.awaitMailTo(relativeEmail, 2)).extracting(TestMailServer::body)
                .anySatisfy(b -> assertThat(b).startsWith("Til pårørende til Test Borger").contains("Kommunal Hjemmepleje"));
        assertThat(TestMailServer.subject(TestMailServer.awaitMailTo(wantsEmail, 1).getFirst()))
                .isEqualTo("Dit ønske om at skifte til Konkurs Pleje ApS er annulleret");
        assertThat(jdbc.queryForList("SELECT subject FROM notice WHERE reference IN (?, ?)", String.class,
                "failure-" + done.failureId() + "-f" + municipal, "failure-" + done.failureId() + "-p"))
                .containsExactlyInAnyOrder("Konkurs Pleje ApS: 2 borgere overtages fra " + MarketTexts.date(today),
                        "Jeres borgere i " + municipality.getName() + " Kommune er flyttet");
        assertThat(jdbc.queryForList("SELECT event FROM audit_entry WHERE municipality_id = ? AND event LIKE 'PROVIDER_%' ORDER BY id",
                String.class, municipality.getId())).containsExactly("PROVIDER_FAILURE_REGISTERED");

        // A second run (a double click, a retry) finds the failure and changes nothing.
        long notices = count("SELECT COUNT(*) FROM notice");
        long refunds = count("SELECT COUNT(*) FROM payment_refund");
        ProviderFailures.Details again = failures.register(failing, today, Map.of(practicalHelp, other), "Igen");
        assertThat(again.alreadyRegistered()).isTrue();
        assertThat(again.failureId()).isEqualTo(done.failureId());
        assertThat(again.reason()).isEqualTo("Konkursbegæring modtaget fra skifteretten");
        assertThat(count("SELECT COUNT(*) FROM provider_choice")).isEqualTo(choicesBefore + 3);
        assertThat(count("SELECT COUNT(*) FROM notice")).isEqualTo(notices);
        assertThat(count("SELECT COUNT(*) FROM payment_refund")).isEqualTo(refunds);
        assertThat(failures.failures(0, 10)).singleElement().satisfies(s -> {
            assertThat(s.citizensMoved()).isEqualTo(2);
            assertThat(s.tasks()).isEqualTo(7);
        });
    }

    @Test
    void theChecklistIsCopiedIntoTheFailureAndTickedOffWhoAndWhenKept() {
        long citizen = citizens.citizen(municipality.getCode(), "8000", null);
        citizens.grant(citizen, personalCare, failing);
        CitizenFixture.actAs(procurement);
        assertThat(failures.checklist()).hasSize(7).first().extracting(ProviderFailures.ChecklistLine::text)
                .isEqualTo("Ring til alle borgere, der flyttes (visitationen fordeler listen)");
        failures.addChecklistLine("Ring til pårørende uden fuldmagt, hvis borgeren ønsker det");
        failures.retireChecklistLine(failures.checklist().get(5).lineId());
        assertThatThrownBy(() -> failures.addChecklistLine("  ")).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("market.failure.error.line-required");

        ProviderFailures.Details done = failures.register(failing, today.plusDays(3), Map.of(personalCare, other), "Stopper fra fredag");
        assertThat(done.fallbacks()).singleElement().extracting(ProviderFailures.Fallback::providerId).isEqualTo(other);
        assertThat(done.tasks()).hasSize(7).last().extracting(ProviderFailures.Task::text)
                .isEqualTo("Ring til pårørende uden fuldmagt, hvis borgeren ønsker det");
        ProviderFailures.Task first = done.tasks().getFirst();
        failures.tick(first.taskId(), "Alle 1 borgere ringet op");
        // Later changes to the standing list do not touch the failure's own copy.
        failures.addChecklistLine("Et nyt punkt efter svigtet");
        ProviderFailures.Details read = failures.details(done.failureId());
        assertThat(read.tasks()).hasSize(7).first().satisfies(t -> {
            assertThat(t.done()).isTrue();
            assertThat(t.doneBy()).isEqualTo("Test MUNICIPAL_PROCUREMENT");
            assertThat(t.note()).isEqualTo("Alle 1 borgere ringet op");
        });
        failures.untick(first.taskId());
        assertThat(failures.details(done.failureId()).tasks().getFirst().done()).isFalse();
        // Moved from the failure date, three days on: until then the failing provider still helps.
        assertThat(jdbc.queryForList("SELECT CONCAT(provider_id, '/', valid_from, '/', IFNULL(valid_to, '-')) FROM provider_choice "
                + "WHERE citizen_id = ? ORDER BY valid_from", String.class, citizen)).containsExactly(
                failing + "/" + today.withDayOfMonth(1).minusMonths(1) + "/" + today.plusDays(2), other + "/" + today.plusDays(3) + "/-");
        assertThat(jdbc.queryForList("SELECT event FROM audit_entry WHERE municipality_id = ? AND event LIKE 'CONTINGENCY_%' ORDER BY id",
                String.class, municipality.getId())).containsExactly("CONTINGENCY_CHECKLIST_CHANGED", "CONTINGENCY_CHECKLIST_CHANGED",
                "CONTINGENCY_TASK_DONE", "CONTINGENCY_CHECKLIST_CHANGED", "CONTINGENCY_TASK_REOPENED");
    }

    @Test
    void badInputIsRefusedWithADanishReasonAndChangesNothing() {
        long citizen = citizens.citizen(municipality.getCode(), "8000", null);
        citizens.grant(citizen, personalCare, failing);
        long kolding = providers.chain("Kolding Pleje ApS", Map.of("0621", Set.of("6000"))).get("0621");
        CitizenFixture.actAs(procurement);
        record Case(String key, Runnable action) {
        }
        for (Case c : List.of(
                new Case("market.error.reason-required", () -> failures.register(failing, today, Map.of(), " ")),
                new Case("market.failure.error.date-past", () -> failures.register(failing, today.minusDays(1), Map.of(), "Konkurs")),
                new Case("market.failure.error.date-required", () -> failures.register(failing, null, Map.of(), "Konkurs")),
                new Case("market.failure.error.municipal", () -> failures.register(municipal, today, Map.of(), "Konkurs")),
                new Case("market.failure.error.fallback", () -> failures.register(failing, today, Map.of(personalCare, failing), "Konkurs")),
                new Case("market.failure.error.fallback", () -> failures.register(failing, today, Map.of(personalCare, kolding), "Konkurs")))) {
            assertThatThrownBy(c.action()::run).as(c.key()).isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo(c.key());
        }
        assertThat(count("SELECT COUNT(*) FROM provider_failure WHERE provider_id = " + failing)).isZero();
        assertThat(jdbc.queryForObject("SELECT provider_id FROM provider_choice WHERE citizen_id = ?", Long.class, citizen)).isEqualTo(failing);
    }

    @Test
    void onlyTheMunicipalitysProcurementOfficeRegistersAFailureAndTicksTheChecklist() {
        long citizen = citizens.citizen(municipality.getCode(), "8000", null);
        citizens.grant(citizen, personalCare, failing);
        long otherMunicipality = citizens.municipalityId("0621");
        long organisation = providers.organisation("Fremmed Organisation ApS");
        for (PortalUser user : List.of(
                MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, otherMunicipality),
                MarketFixture.staff(Role.MUNICIPAL_NEEDS_ASSESSMENT, municipality.getId()),
                MarketFixture.staff(Role.MUNICIPAL_FINANCE, municipality.getId()),
                MarketFixture.staff(Role.MUNICIPAL_ADMIN, municipality.getId()),
                MarketFixture.organisationAdmin(organisation),
                CitizenFixture.providerUser(failing),
                CitizenFixture.citizenUser(citizen, municipality.getId()))) {
            CitizenFixture.actAs(user);
            assertThatThrownBy(() -> failures.register(failing, today, Map.of(), "Nej")).as(user.role() + " registers")
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> failures.preview(failing, today)).as(user.role() + " previews").isInstanceOf(AccessDeniedException.class);
        }
        assertThat(count("SELECT COUNT(*) FROM provider_failure WHERE provider_id = " + failing)).isZero();

        CitizenFixture.actAs(procurement);
        ProviderFailures.Details done = failures.register(failing, today, Map.of(), "Konkurs");
        long task = done.tasks().getFirst().taskId();
        // The administrator reads the failure and its checklist, but does not tick it off.
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_ADMIN, municipality.getId()));
        assertThat(failures.details(done.failureId()).tasks()).hasSize(7);
        assertThatThrownBy(() -> failures.tick(task, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> failures.addChecklistLine("Nej")).isInstanceOf(AccessDeniedException.class);
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, otherMunicipality));
        assertThatThrownBy(() -> failures.details(done.failureId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> failures.tick(task, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(failures.failures(0, 10)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM provider_failure_task WHERE done_at IS NOT NULL AND failure_id = ?", Long.class,
                done.failureId())).isZero();
    }

    private long switchRequest(long citizen, long area, long from, long to) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO switch_request (version, municipality_id, citizen_id, service_area_id, from_provider_id, to_provider_id,
                                                status, effective_date, open_key, requested_at, requested_by_user_id)
                    VALUES (0, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?, NOW(), 1)""", new String[] {"id"});
            ps.setLong(1, municipality.getId());
            ps.setLong(2, citizen);
            ps.setLong(3, area);
            ps.setLong(4, from);
            ps.setLong(5, to);
            ps.setDate(6, Date.valueOf(today.plusDays(14)));
            ps.setString(7, citizen + ":" + area);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private long addOn(long provider, String name) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO add_on (version, catalogue_key, provider_id, municipality_id, name, category, unit, price_ore, vat_rate_percent,
                                        weekdays, time_windows, updated_at)
                    VALUES (0, ?, ?, ?, ?, 'CLEANING', 'PER_VISIT', ?, 25, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY', '08:00-12:00', NOW())""",
                    new String[] {"id"});
            ps.setString(1, "svigt-" + UUID.randomUUID());
            ps.setLong(2, provider);
            ps.setLong(3, municipality.getId());
            ps.setString(4, name);
            ps.setLong(5, PRICE);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** A card order, paid, with two visits to come. */
    private long order(long citizen, long provider, long addOn, String status, String visitStatus) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO addon_order (version, citizen_id, municipality_id, provider_id, status, payment_method, recurrence, time_window,
                                             price_per_occurrence_ore, vat_ore, cancellation_deadline_hour, ordered_by_user_id,
                                             ordered_by_name, citizen_name, delivery_address, placed_at, updated_at)
                    VALUES (0, ?, ?, ?, ?, 'CARD', 'WEEKLY', '08:00-12:00', ?, 5000, 12, 1, 'Test Borger', 'Test Borger', 'Testvej 1',
                            NOW(), NOW())""", new String[] {"id"});
            ps.setLong(1, citizen);
            ps.setLong(2, municipality.getId());
            ps.setLong(3, provider);
            ps.setString(4, status);
            ps.setLong(5, PRICE);
            return ps;
        }, key);
        long order = key.getKey().longValue();
        jdbc.update("INSERT INTO addon_order_line (order_id, add_on_id, name, quantity, unit_price_ore, vat_rate_percent) VALUES (?, ?, 'x', 1, ?, 25)",
                order, addOn, PRICE);
        for (int week = 1; week <= 2; week++) {
            jdbc.update("""
                    INSERT INTO addon_order_occurrence (version, order_id, service_date, window_start, window_end, confirmed_time, status)
                    VALUES (0, ?, ?, '08:00', '12:00', ?, ?)""", order, Date.valueOf(today.plusWeeks(week)),
                    visitStatus.equals("SCHEDULED") ? java.sql.Time.valueOf("09:00:00") : null, visitStatus);
        }
        jdbc.update("""
                INSERT INTO payment (version, order_id, method, status, amount_ore, paid_by_user_id, stripe_payment_intent, created_at, paid_at)
                VALUES (0, ?, 'CARD', 'PAID', ?, 1, ?, NOW(), NOW())""", order, 2 * PRICE, "pi_" + UUID.randomUUID());
        return order;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
