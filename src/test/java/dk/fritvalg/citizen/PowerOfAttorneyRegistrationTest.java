package dk.fritvalg.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.fritvalg.citizen.CitizenService.PowerOfAttorneyForm;
import dk.fritvalg.citizen.CitizenService.PowerRow;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.CprHasher;
import dk.fritvalg.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Staff register powers of attorney for relatives, who may already act for citizens of another municipality:
 * linking never rewrites the person, the form tells nothing about whether the CPR number was known, contact details
 * change only through the relative or the municipality that owns the record (and every change is recorded), and bad
 * input is refused with a Danish message before anything is saved.
 */
@IntegrationTest
class PowerOfAttorneyRegistrationTest {

    static final String FAVRSKOV = "0710";
    static final String KOLDING = "0621";
    static final String REASON = "Borgeren kan ikke selv bruge portalen; fuldmagten er givet på papir.";

    @Autowired
    CitizenService citizens;
    @Autowired
    CitizenFixture fixture;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CprHasher cprHasher;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** Karen in Favrskov, whose daughter Mette acts for her; Mette was registered by Favrskov. */
    private record Family(long karen, long mette, String metteCpr) {
    }

    private Family favrskovFamily() {
        long karen = fixture.citizen(FAVRSKOV, "8370", "karen@example.dk");
        String metteCpr = CitizenFixture.newCpr();
        actAsStaff(FAVRSKOV);
        citizens.registerPowerOfAttorney(karen, form(metteCpr, "Mette", "Jensen", "mette@example.dk"));
        long mette = jdbc.queryForObject("SELECT relative_id FROM power_of_attorney WHERE citizen_id = ?", Long.class, karen);
        return new Family(karen, mette, metteCpr);
    }

    private static PowerOfAttorneyForm form(String cpr, String firstName, String lastName, String email) {
        return new PowerOfAttorneyForm(cpr, firstName, lastName, email, null, PowerOfAttorneyScope.ACT, LocalDate.now(), null, REASON);
    }

    /** Mette Jensen's power for a period. */
    private static PowerOfAttorneyForm period(String cpr, PowerOfAttorneyScope scope, LocalDate from, LocalDate to) {
        return new PowerOfAttorneyForm(cpr, "Mette", "Jensen", null, null, scope, from, to, REASON);
    }

    private void actAsStaff(String municipality) {
        CitizenFixture.actAs(CitizenFixture.staffUser(fixture.municipalityId(municipality)));
    }

    private Map<String, Object> relative(long id) {
        return jdbc.queryForMap("SELECT first_name, last_name, email, phone FROM relative WHERE id = ?", id);
    }

    @Test
    void anotherMunicipalityLinkingAnExistingRelativeNeverRewritesTheirDetails() {
        Family family = favrskovFamily();
        long poul = fixture.citizen(KOLDING, "6000", "poul@example.dk");

        actAsStaff(KOLDING);
        citizens.registerPowerOfAttorney(poul, form(family.metteCpr(), "Mette", "Kolding-Navn", "kolding-chose-this@example.dk"));

        assertThat(relative(family.mette())).containsEntry("first_name", "Mette").containsEntry("last_name", "Jensen")
                .containsEntry("email", "mette@example.dk");
        // Kolding sees the name as its staff wrote it on Poul's power; Favrskov still sees its own.
        assertThat(citizens.powersOfAttorney(poul)).extracting(PowerRow::relativeName).containsExactly("Mette Kolding-Navn");
        actAsStaff(FAVRSKOV);
        assertThat(citizens.powersOfAttorney(family.karen())).extracting(PowerRow::relativeName).containsExactly("Mette Jensen");
        assertThat(citizens.relativeName(family.mette())).isEqualTo("Mette Jensen");
    }

    @Test
    void theFormBehavesTheSameWhetherOrNotTheCprNumberIsARelativeAnywhere() {
        Family family = favrskovFamily();
        String unknownCpr = CitizenFixture.newCpr();
        long poul = fixture.citizen(KOLDING, "6000", "poul@example.dk");
        long anna = fixture.citizen(KOLDING, "6000", "anna@example.dk");
        actAsStaff(KOLDING);

        // Without a name both are refused with the same message: the answer no longer tells whether the person exists.
        for (String cpr : List.of(family.metteCpr(), unknownCpr)) {
            assertThatThrownBy(() -> citizens.registerPowerOfAttorney(poul, form(cpr, "", "", null)))
                    .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("poa.error.name");
        }
        citizens.registerPowerOfAttorney(poul, form(family.metteCpr(), "Ida", "Holm", null));
        citizens.registerPowerOfAttorney(anna, form(unknownCpr, "Ida", "Holm", null));
        assertThat(citizens.powersOfAttorney(poul)).extracting(PowerRow::relativeName)
                .isEqualTo(citizens.powersOfAttorney(anna).stream().map(PowerRow::relativeName).toList())
                .containsExactly("Ida Holm");
        // The new person is Kolding's; Mette stays Favrskov's.
        assertThat(jdbc.queryForObject("SELECT m.code FROM relative r JOIN municipality m ON m.id = r.owner_municipality_id "
                + "WHERE r.id = ?", String.class, family.mette())).isEqualTo(FAVRSKOV);
    }

    @Test
    void contactDetailsChangeOnlyThroughTheRelativeOrTheOwningMunicipalityAndEveryChangeIsRecorded() {
        Family family = favrskovFamily();
        long poul = fixture.citizen(KOLDING, "6000", "poul@example.dk");
        actAsStaff(KOLDING);
        citizens.registerPowerOfAttorney(poul, form(family.metteCpr(), "Mette", "Jensen", null));

        // Kolding has a relationship to Mette now, but does not own her record.
        assertThatThrownBy(() -> citizens.changeRelativeContact(family.mette(), "kolding@example.dk", null))
                .isInstanceOf(AccessDeniedException.class);
        CitizenFixture.actAs(CitizenFixture.providerUser(fixture.provider("favrskov-omsorgsgruppen-midt")));
        assertThatThrownBy(() -> citizens.changeRelativeContact(family.mette(), "provider@example.dk", null))
                .isInstanceOf(AccessDeniedException.class);
        CitizenFixture.actAs(CitizenFixture.relativeUser(fixture.relative("someone-else@example.dk")));
        assertThatThrownBy(() -> citizens.changeRelativeContact(family.mette(), "someone-else@example.dk", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(relative(family.mette())).containsEntry("email", "mette@example.dk");

        CitizenFixture.actAs(CitizenFixture.relativeUser(family.mette()));
        citizens.changeRelativeContact(family.mette(), "mette.ny@example.dk", "12 34 56 78");
        actAsStaff(FAVRSKOV);
        citizens.changeRelativeContact(family.mette(), "mette.ny@example.dk", "87 65 43 21");

        assertThat(relative(family.mette())).containsEntry("email", "mette.ny@example.dk").containsEntry("phone", "87 65 43 21");
        assertThat(jdbc.queryForList("SELECT CONCAT(changed_by_role, ':', fields) FROM relative_contact_change WHERE relative_id = ? "
                + "ORDER BY id", String.class, family.mette())).containsExactly("RELATIVE:email,phone", "MUNICIPAL_NEEDS_ASSESSMENT:phone");
    }

    @Test
    void badInputIsRefusedWithADanishMessageAndNothingIsSaved() {
        long karen = fixture.citizen(FAVRSKOV, "8370", "karen@example.dk");
        actAsStaff(FAVRSKOV);
        String cpr = CitizenFixture.newCpr();
        LocalDate today = LocalDate.now();
        List<Map.Entry<String, PowerOfAttorneyForm>> refused = List.of(
                Map.entry("poa.error.name-length", form(cpr, "M".repeat(101), "Jensen", null)),
                Map.entry("poa.error.email", form(cpr, "Mette", "Jensen", "m".repeat(196) + "@x.dk")),
                Map.entry("poa.error.phone", new PowerOfAttorneyForm(cpr, "Mette", "Jensen", null, "ring til mig",
                        PowerOfAttorneyScope.ACT, today, null, REASON)),
                Map.entry("poa.error.from-range", period(cpr, PowerOfAttorneyScope.ACT, LocalDate.of(9999, 12, 31), null)),
                Map.entry("poa.error.from-range", period(cpr, PowerOfAttorneyScope.ACT, LocalDate.of(1900, 1, 1), null)),
                Map.entry("poa.error.to-range", period(cpr, PowerOfAttorneyScope.ACT, today, LocalDate.of(9999, 12, 31))));
        refused.forEach(r -> assertThat(catchThrowable(() -> citizens.registerPowerOfAttorney(karen, r.getValue()))).as(r.getKey())
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo(r.getKey()));
        for (String email : List.of("not-an-email", "a@x.dk Bcc: b@y.dk", "a@x.dk\nBcc: b@y.dk", "a@@x.dk")) {
            assertThatThrownBy(() -> citizens.registerPowerOfAttorney(karen, form(cpr, "Mette", "Jensen", email))).as(email)
                    .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("poa.error.email");
        }

        assertThat(citizens.powersOfAttorney(karen)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM relative WHERE cpr_hash = ?", Integer.class, cprHasher.hash(cpr))).isZero();
    }

    @Test
    void aSecondPowerForTheSameRelativeAndPeriodIsRefusedButALaterOneIsNot() {
        long karen = fixture.citizen(FAVRSKOV, "8370", "karen@example.dk");
        actAsStaff(FAVRSKOV);
        String cpr = CitizenFixture.newCpr();
        LocalDate today = LocalDate.now();
        citizens.registerPowerOfAttorney(karen, period(cpr, PowerOfAttorneyScope.VIEW, today, today.plusDays(30)));

        assertThatThrownBy(() -> citizens.registerPowerOfAttorney(karen, period(cpr, PowerOfAttorneyScope.ACT, today.plusDays(30), null)))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("poa.error.duplicate");
        citizens.registerPowerOfAttorney(karen, period(cpr, PowerOfAttorneyScope.ACT, today.plusDays(31), null));

        assertThat(citizens.powersOfAttorney(karen)).hasSize(2);
    }

    @Test
    void twoStaffRegisteringTheSamePowerAtOnceGetOnePowerAndOneClearMessage() throws Exception {
        long karen = fixture.citizen(FAVRSKOV, "8370", "karen@example.dk");
        String cpr = CitizenFixture.newCpr();
        var staff = CitizenFixture.staffUser(fixture.municipalityId(FAVRSKOV));
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> register = () -> {
            CitizenFixture.actAs(staff);
            start.await();
            try {
                citizens.registerPowerOfAttorney(karen, form(cpr, "Mette", "Jensen", null));
                return "registered";
            } catch (BusinessException e) {
                return e.messageKey();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(register);
            Future<String> second = pool.submit(register);
            start.countDown();
            assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder("registered", "poa.error.duplicate");
        } finally {
            pool.shutdownNow();
        }
        actAsStaff(FAVRSKOV);
        assertThat(citizens.powersOfAttorney(karen)).hasSize(1);
    }
}
