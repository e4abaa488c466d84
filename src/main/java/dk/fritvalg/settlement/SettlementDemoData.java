package dk.fritvalg.settlement;

import dk.fritvalg.citizen.CitizenDetails;
import dk.fritvalg.citizen.CitizenRegistry;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.shared.TimeConfiguration;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for the economy pages (profile "demo"): Favrskov's payment models (granted time minus citizen
 * cancellations before 14:00 the day before), 30 citizens with visits from two providers in each of the last three
 * months, the two oldest months settled and locked, last month left for "oekonomi" to settle, and a budget for
 * the year. Written once; a database that has the demo visits is left alone.
 */
@Component
@Profile("demo")
@Order(30)
class SettlementDemoData implements ApplicationRunner {

    static final String SOURCE = "demo-omsorgssystem";
    private static final Logger log = LoggerFactory.getLogger(SettlementDemoData.class);

    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final CitizenRegistry citizens;
    private final VisitWriter writer;
    private final Settlements settlements;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SettlementDemoData(MunicipalityService municipalities, ProviderService providers, CitizenRegistry citizens, VisitWriter writer,
                       Settlements settlements, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.municipalities = municipalities;
        this.providers = providers;
        this.citizens = citizens;
        this.writer = writer;
        this.settlements = settlements;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Municipality> favrskov = municipalities.byCode("0710").filter(Municipality::isOnPortal);
        Optional<Provider> municipal = providers.byCatalogueKey("favrskov-hjemmepleje");
        Optional<Provider> omsorg = providers.byCatalogueKey("favrskov-omsorgsgruppen-midt");
        if (favrskov.isEmpty() || municipal.isEmpty() || omsorg.isEmpty()) {
            return;
        }
        long m = favrskov.get().getId();
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM visit WHERE municipality_id = ? AND source = ?", Integer.class, m, SOURCE);
        if (existing != null && existing > 0) {
            return;
        }
        Optional<ServiceArea> personal = municipalities.serviceArea(m, ServiceAreaKind.PERSONAL_CARE);
        Optional<ServiceArea> practical = municipalities.serviceArea(m, ServiceAreaKind.PRACTICAL_HELP);
        if (personal.isEmpty() || practical.isEmpty()) {
            return;
        }
        YearMonth now = YearMonth.now(clock.withZone(TimeConfiguration.DANISH_TIME));
        YearMonth first = now.minusMonths(3);
        transaction.executeWithoutResult(status -> {
            Instant at = clock.instant();
            for (ServiceArea area : List.of(personal.get(), practical.get())) {
                jdbc.update("""
                        INSERT INTO payment_model (municipality_id, service_area_id, kind, time_basis, unit, late_cancellation_rule,
                                                   cancel_deadline_hour, cancel_deadline_days, valid_from, created_by, created_at)
                        VALUES (?, ?, 'ACTIVITY', 'GRANTED', 'HOUR', TRUE, 14, 1, ?, 'Demo', ?)""",
                        m, area.getId(), first.atDay(1), VisitWriter.utc(at));
            }
            Random random = new Random(710);
            List<VisitRecord> visits = new ArrayList<>();
            for (int c = 0; c < 30; c++) {
                String cpr = String.format("1505%02d%04d", 37 + c % 20, 4100 + c);
                long citizenId = citizens.registerCitizen(m, cpr, new CitizenDetails("Demo", "Borger " + (c + 1), "Demovej " + (c + 1),
                        "8450", "Hammel", "demo.borger" + (c + 1) + "@example.dk", null, false));
                long providerId = c % 3 == 0 ? omsorg.get().getId() : municipal.get().getId();
                ServiceArea area = c % 4 == 3 ? practical.get() : personal.get();
                int minutes = area == practical.get() ? 60 : 15 + 15 * (c % 3);
                for (YearMonth month = first; month.isBefore(now); month = month.plusMonths(1)) {
                    for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
                        boolean visitDay = area == practical.get() ? day.getDayOfWeek() == DayOfWeek.TUESDAY
                                : day.getDayOfWeek().getValue() <= 5 && (c + day.getDayOfMonth()) % 2 == 0;
                        if (!visitDay) {
                            continue;
                        }
                        Instant start = day.atTime(7 + c % 10, 0).atZone(TimeConfiguration.DANISH_TIME).toInstant();
                        int roll = random.nextInt(100);
                        VisitStatus state = roll < 4 ? VisitStatus.CANCELLED_BY_CITIZEN : roll < 6 ? VisitStatus.CANCELLED_BY_PROVIDER
                                : roll < 7 ? VisitStatus.NOT_DELIVERED : VisitStatus.DELIVERED;
                        Instant cancelled = state != VisitStatus.CANCELLED_BY_CITIZEN ? null
                                : day.minusDays(1).atTime(random.nextBoolean() ? 10 : 16, 30).atZone(TimeConfiguration.DANISH_TIME).toInstant();
                        int delivered = state == VisitStatus.DELIVERED ? Math.max(5, minutes - 5 + random.nextInt(11)) : 0;
                        visits.add(new VisitRecord("demo-" + citizenId + "-" + day, citizenId, providerId, area.getId(), start, minutes, delivered,
                                "medarbejder-" + (providerId % 7) + "-" + random.nextInt(4), state, cancelled));
                    }
                }
            }
            writer.write(m, SOURCE, visits, at);
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth month = first; month.isBefore(now); month = month.plusMonths(1)) {
                months.add(month);
            }
            writer.refreshActivity(m, months);
            for (YearMonth month = first; month.isBefore(now.minusMonths(1)); month = month.plusMonths(1)) {
                settlements.settle(m, month, "Demo");
                settlements.lock(m, month, "Demo");
            }
            int year = now.getYear();
            jdbc.update("INSERT INTO settlement_budget (municipality_id, year, service_area_id, amount_ore, updated_by, updated_at) "
                    + "VALUES (?, ?, ?, 55000000, 'Demo', ?), (?, ?, ?, 9000000, 'Demo', ?)",
                    m, year, personal.get().getId(), VisitWriter.utc(at), m, year, practical.get().getId(), VisitWriter.utc(at));
            log.info("Settlement demo: {} visits for Favrskov from {} to {}", visits.size(), first, now.minusMonths(1));
        });
    }
}
