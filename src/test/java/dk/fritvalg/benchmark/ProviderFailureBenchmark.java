package dk.fritvalg.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.market.ProviderFailures;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestMailServer;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A provider with 3,000 citizens (300 of them also in a second area, with a relative holding a power of attorney)
 * fails: the move runs in one transaction and prints its time, split into the move itself (set-based SQL) and the
 * notices queued in the outbox; nothing is lost and every notice is in the outbox. Not in the normal suite: its 3,300
 * mails keep the outbox busy for minutes, which would delay other tests' mails. Run with
 * {@code /work/wt/mvn -B -ntp -Dtest=ProviderFailureBenchmark test}.
 */
@IntegrationTest
class ProviderFailureBenchmark {

    @Autowired
    ProviderFailures failures;
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
        failing = providers.chain("Stor Konkurs ApS", Map.of(municipality.getCode(), Set.of("8000"))).get(municipality.getCode());
        for (long provider : List.of(municipal, failing)) {
            for (long area : List.of(personalCare, practicalHelp)) {
                registry.agree(provider, area, AgreementModel.APPROVAL, today.minusYears(1), null, null, null, null);
            }
        }
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aProviderWithThreeThousandCitizensFailsInOneTransactionNothingLostAndEveryMailInTheOutbox() {
        int size = 3_000;
        List<Long> ids = bulkCitizens(size);
        // Every tenth citizen also has practical help from the provider, and a relative with a power of attorney.
        List<Object[]> choices = new ArrayList<>();
        List<Long> withRelative = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            choices.add(new Object[] {ids.get(i), personalCare, failing, Date.valueOf(today.minusYears(1))});
            if (i % 10 == 0) {
                choices.add(new Object[] {ids.get(i), practicalHelp, failing, Date.valueOf(today.minusYears(1))});
                withRelative.add(ids.get(i));
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO provider_choice (version, citizen_id, service_area_id, provider_id, valid_from, reason, made_at)
                VALUES (0, ?, ?, ?, ?, 'CHOSEN', NOW())""", choices);
        for (long citizen : withRelative) {
            citizens.powerOfAttorney(citizens.relative(null), citizen, PowerOfAttorneyScope.VIEW);
        }
        long noticesBefore = count("SELECT COUNT(*) FROM notice");
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, municipality.getId()));

        long start = System.nanoTime();
        ProviderFailures.Details done = failures.register(failing, today, Map.of(), "Konkurs – stor leverandør");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%nBENCHMARK provider failure: %d citizens (%d provider choices, %d relatives) moved in one transaction in %d ms%n%n",
                done.citizensMoved(), done.choicesMoved(), withRelative.size(), millis);

        assertThat(done.citizensMoved()).isEqualTo(size);
        assertThat(done.choicesMoved()).isEqualTo(size + size / 10);
        assertThat(count("SELECT COUNT(*) FROM provider_choice WHERE provider_id = " + failing + " AND (valid_to IS NULL OR valid_to >= CURDATE())"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM provider_choice WHERE provider_id = " + municipal + " AND reason = 'CONTINGENCY'"))
                .isEqualTo(size + size / 10);
        assertThat(count("SELECT COUNT(DISTINCT citizen_id) FROM provider_choice WHERE provider_id = " + municipal)).isEqualTo(size);
        // One notice per citizen and per relative, and one to each provider: all in the outbox, none lost.
        assertThat(count("SELECT COUNT(*) FROM notice") - noticesBefore).isEqualTo(size + withRelative.size() + 2);
        assertThat(count("SELECT COUNT(DISTINCT person_id) FROM notice WHERE person_kind = 'CITIZEN' AND reference LIKE 'failure-"
                + done.failureId() + "-c%'")).isEqualTo(size);
        // A bound that catches a return to one flush per notice (quadratic: almost 4 minutes here), not a benchmark.
        assertThat(millis).as("the move of 3,000 citizens").isLessThan(150_000);
    }

    private List<Long> bulkCitizens(int size) {
        List<Object[]> rows = new ArrayList<>();
        String batch = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < size; i++) {
            rows.add(new Object[] {municipality.getId(), sha(batch + i), "010145-XXXX", "Masse", "Borger" + i,
                    "masse-" + batch + "-" + i + "@example.dk"});
        }
        jdbc.batchUpdate("""
                INSERT INTO citizen (version, municipality_id, cpr_hash, cpr_masked, birth_date, first_name, last_name, address, postcode,
                                     city, email, updated_at)
                VALUES (0, ?, ?, ?, '1945-01-01', ?, ?, 'Testvej 1', '8000', 'Testby', ?, NOW())""", rows);
        return jdbc.queryForList("SELECT id FROM citizen WHERE email LIKE ? ORDER BY id", Long.class, "masse-" + batch + "-%");
    }

    private static String sha(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
