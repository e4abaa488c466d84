package dk.fritvalg.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.PowerOfAttorneyService.GiveForm;
import dk.fritvalg.citizen.PowerOfAttorneyService.GivenPower;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.AuditLog;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.CprHasher;
import dk.fritvalg.support.DigitalPostStandIn;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestClock;
import dk.fritvalg.support.TestMailServer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A citizen gives her daughter a power of attorney in the portal: it waits until the daughter accepts it on her own
 * login, and gives her nothing until then; the citizen sees and revokes it; it can be declined and it expires on its
 * end date. Every step is in the audit trail and told to both by their own channels. The safeguards refuse with a
 * Danish message, and whoever is not party to the power is refused.
 */
@IntegrationTest
class PowerOfAttorneyFlowTest {

    static final String FAVRSKOV = "0710";
    static final String KOLDING = "0621";

    @Autowired
    PowerOfAttorneyService powers;
    @Autowired
    CitizenService citizens;
    @Autowired
    CitizenFixture fixture;
    @Autowired
    UserAccountService accounts;
    @Autowired
    CprHasher cprHasher;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    @org.junit.jupiter.api.BeforeEach
    void mailServer() {
        TestMailServer.get();
    }

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        TestClock.reset();
    }

    /** Karen (e-mail) and her daughter Mette, who has her own relative login but no e-mail: she gets Digital Post. */
    private record Family(long karen, PortalUser karenUser, String karenCpr, long mette, PortalUser metteUser, String metteCpr) {
    }

    private Family family() {
        String karenCpr = CitizenFixture.newCpr();
        long karen = fixture.citizen(FAVRSKOV, "8370", "giver-" + karenCpr + "@example.dk", karenCpr);
        String metteCpr = CitizenFixture.newCpr();
        long mette = fixture.relative(metteCpr, "Mette", "Datter", null);
        long userId = accounts.createOrUpdate(new UserAccountService.NewUser("datter-" + metteCpr, null, "Mette Datter", Role.RELATIVE,
                null, null, null, null, mette, cprHasher.hash(metteCpr)));
        PortalUser metteUser = new PortalUser(userId, "datter-" + metteCpr, "Mette Datter", Role.RELATIVE, null, null, null, mette, null,
                false);
        return new Family(karen, CitizenFixture.citizenUser(karen, fixture.municipalityId(FAVRSKOV)), karenCpr, mette, metteUser, metteCpr);
    }

    private static GiveForm form(String cpr, PowerOfAttorneyScope scope, LocalDate from, LocalDate to) {
        return new GiveForm(cpr, "Mette", "Datter", scope, from, to);
    }

    private List<AuditEvent> events(Family f) {
        CitizenFixture.actAs(f.karenUser());
        return auditLog.forCitizen(f.karen(), 0, 50).stream().map(AuditLog.Entry::event).toList();
    }

    private String noticeStatus(long powerId, String step, String kind, long personId) {
        long deadline = System.currentTimeMillis() + 10_000;
        String reference = "poa-" + powerId + "-" + step;
        while (System.currentTimeMillis() < deadline) {
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT channel, status FROM notice WHERE reference = ? AND person_kind = ? "
                    + "AND person_id = ?", reference, kind, personId);
            if (rows.size() == 1 && !"QUEUED".equals(rows.getFirst().get("status"))) {
                return rows.getFirst().get("channel") + ":" + rows.getFirst().get("status");
            }
            sleep();
        }
        throw new AssertionError("No delivered notice " + reference + " to " + kind + " " + personId);
    }

    @Test
    void theCitizenGivesHerDaughterAPowerWhichActsOnlyOnceTheDaughterAccepts() {
        Family f = family();
        CitizenFixture.actAs(f.karenUser());
        long power = powers.give(f.karen(), form(f.metteCpr(), PowerOfAttorneyScope.ACT, null, null));

        assertThat(powers.given(f.karen())).extracting(GivenPower::state).containsExactly(PowerOfAttorney.State.WAITING);
        CitizenFixture.actAs(f.metteUser());
        assertThatThrownBy(() -> citizens.overview(f.karen())).as("waiting gives nothing").isInstanceOf(AccessDeniedException.class);
        assertThat(powers.heldByCurrentRelative()).singleElement().satisfies(h -> {
            assertThat(h.state()).isEqualTo(PowerOfAttorney.State.WAITING);
            assertThat(h.citizenId()).isEqualTo(f.karen());
        });

        powers.accept(power);

        assertThat(citizens.overview(f.karen()).mayAct()).isTrue();
        assertThat(citizens.representedByCurrentRelative()).extracting(CitizenService.Represented::citizenId).containsExactly(f.karen());
        assertThatThrownBy(() -> powers.accept(power)).isInstanceOf(BusinessException.class).extracting("messageKey")
                .isEqualTo("poa.error.not-waiting");
        assertThat(events(f)).contains(AuditEvent.POWER_OF_ATTORNEY_GIVEN, AuditEvent.POWER_OF_ATTORNEY_ACCEPTED);
        // each step told to both, each by her own channel: Karen by e-mail, Mette (no e-mail) by Digital Post
        assertThat(noticeStatus(power, "poa-given", "CITIZEN", f.karen())).isEqualTo("EMAIL:SENT");
        assertThat(noticeStatus(power, "poa-given", "RELATIVE", f.mette())).isEqualTo("DIGITAL_POST:SENT");
        assertThat(noticeStatus(power, "poa-accepted", "RELATIVE", f.mette())).isEqualTo("DIGITAL_POST:SENT");
        assertThat(TestMailServer.awaitMailTo("giver-" + f.karenCpr() + "@example.dk", 2)).extracting(TestMailServer::subject)
                .contains("Fuldmagt fra " + fullName(f.karen()) + " til Mette Datter venter på svar",
                        "Mette Datter har taget imod fuldmagten fra " + fullName(f.karen()));
        assertThat(DigitalPostStandIn.get().await(f.metteCpr(), 2)).extracting(DigitalPostStandIn.Message::subject)
                .contains("Mette Datter har taget imod fuldmagten fra " + fullName(f.karen()));
    }

    @Test
    void theDaughterCanDeclineAndTheCitizenCanRevoke() {
        Family f = family();
        CitizenFixture.actAs(f.karenUser());
        long declined = powers.give(f.karen(), form(f.metteCpr(), PowerOfAttorneyScope.ACT, null, null));
        CitizenFixture.actAs(f.metteUser());
        powers.decline(declined);
        assertThatThrownBy(() -> citizens.overview(f.karen())).isInstanceOf(AccessDeniedException.class);

        CitizenFixture.actAs(f.karenUser());
        long view = powers.give(f.karen(), form(f.metteCpr(), PowerOfAttorneyScope.VIEW, null, null));
        CitizenFixture.actAs(f.metteUser());
        powers.accept(view);
        assertThat(citizens.overview(f.karen()).mayAct()).isFalse();

        CitizenFixture.actAs(f.karenUser());
        powers.revoke(view);
        assertThat(powers.given(f.karen())).extracting(GivenPower::id, GivenPower::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(view, PowerOfAttorney.State.REVOKED),
                org.assertj.core.groups.Tuple.tuple(declined, PowerOfAttorney.State.DECLINED));
        assertThatThrownBy(() -> powers.revoke(view)).isInstanceOf(BusinessException.class).extracting("messageKey")
                .isEqualTo("poa.error.not-open");
        CitizenFixture.actAs(f.metteUser());
        assertThatThrownBy(() -> citizens.overview(f.karen())).isInstanceOf(AccessDeniedException.class);
        assertThat(events(f)).contains(AuditEvent.POWER_OF_ATTORNEY_DECLINED, AuditEvent.POWER_OF_ATTORNEY_REVOKED);
        assertThat(noticeStatus(declined, "poa-declined", "CITIZEN", f.karen())).isEqualTo("EMAIL:SENT");
        assertThat(noticeStatus(view, "poa-revoked", "RELATIVE", f.mette())).isEqualTo("DIGITAL_POST:SENT");
    }

    @Test
    void aPowerExpiresOnItsEndDateOnceAndBothAreTold() {
        Family f = family();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        CitizenFixture.actAs(f.karenUser());
        long power = powers.give(f.karen(), form(f.metteCpr(), PowerOfAttorneyScope.VIEW, today, today.plusDays(1)));
        CitizenFixture.actAs(f.metteUser());
        powers.accept(power);
        SecurityContextHolder.clearContext();

        TestClock.setTo(today.plusDays(2).atTime(0, 30).atZone(ZoneId.of("Europe/Copenhagen")));
        assertThat(powers.expireEnded()).isGreaterThanOrEqualTo(1);
        assertThat(powers.expireEnded()).as("recorded once").isZero();

        CitizenFixture.actAs(f.karenUser());
        assertThat(powers.given(f.karen())).extracting(GivenPower::state).containsExactly(PowerOfAttorney.State.EXPIRED);
        assertThat(auditLog.forCitizen(f.karen(), 0, 50)).filteredOn(e -> e.event() == AuditEvent.POWER_OF_ATTORNEY_EXPIRED)
                .singleElement().satisfies(e -> assertThat(e.actorUserId()).isNull());
        assertThat(noticeStatus(power, "poa-expired", "CITIZEN", f.karen())).isEqualTo("EMAIL:SENT");
        assertThat(noticeStatus(power, "poa-expired", "RELATIVE", f.mette())).isEqualTo("DIGITAL_POST:SENT");
        CitizenFixture.actAs(f.metteUser());
        assertThatThrownBy(() -> citizens.overview(f.karen())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSafeguardsRefuseWithAClearMessage() {
        Family f = family();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        String stranger = CitizenFixture.newCpr();
        fixture.relative(stranger, "Uden", "Login", null);
        CitizenFixture.actAs(f.karenUser());
        Map<String, GiveForm> refused = Map.of(
                "poa.error.cpr", form("12345", PowerOfAttorneyScope.ACT, null, null),
                "poa.error.self", form(f.karenCpr(), PowerOfAttorneyScope.ACT, null, null),
                "poa.error.no-login", form(stranger, PowerOfAttorneyScope.ACT, null, null),
                "poa.error.name", new GiveForm(f.metteCpr(), " ", "Datter", PowerOfAttorneyScope.ACT, null, null),
                "poa.error.scope", form(f.metteCpr(), null, null, null),
                "poa.error.end-past", form(f.metteCpr(), PowerOfAttorneyScope.ACT, null, today.minusDays(1)),
                "poa.error.start-past", form(f.metteCpr(), PowerOfAttorneyScope.ACT, today.minusDays(1), null),
                "poa.error.start-too-late", form(f.metteCpr(), PowerOfAttorneyScope.ACT, today.plusYears(1).plusDays(1), null));
        refused.forEach((key, form) -> assertThatThrownBy(() -> powers.give(f.karen(), form)).as(key)
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo(key));
        assertThat(powers.given(f.karen())).isEmpty();

        powers.give(f.karen(), form(f.metteCpr(), PowerOfAttorneyScope.ACT, null, null));
        assertThatThrownBy(() -> powers.give(f.karen(), form(f.metteCpr(), PowerOfAttorneyScope.ACT, today.plusDays(3), null)))
                .as("one open power per pair and scope").isInstanceOf(BusinessException.class).extracting("messageKey")
                .isEqualTo("poa.error.duplicate-scope");
        powers.give(f.karen(), form(f.metteCpr(), PowerOfAttorneyScope.VIEW, null, null));
        assertThat(powers.given(f.karen())).hasSize(2);
    }

    @Test
    void onlyThePartiesMayActOnAPower() {
        Family f = family();
        Family other = family();
        CitizenFixture.actAs(f.karenUser());
        long power = powers.give(f.karen(), form(f.metteCpr(), PowerOfAttorneyScope.ACT, null, null));

        // a relative cannot accept (or decline) a power meant for someone else
        CitizenFixture.actAs(other.metteUser());
        assertThatThrownBy(() -> powers.accept(power)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> powers.decline(power)).isInstanceOf(AccessDeniedException.class);
        assertThat(powers.heldByCurrentRelative()).isEmpty();
        // a relative cannot give a power in the citizen's name, nor see or revoke what she gave
        CitizenFixture.actAs(f.metteUser());
        assertThatThrownBy(() -> powers.give(f.karen(), form(other.metteCpr(), PowerOfAttorneyScope.ACT, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> powers.given(f.karen())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> powers.revoke(power)).isInstanceOf(AccessDeniedException.class);
        // another citizen neither
        CitizenFixture.actAs(other.karenUser());
        assertThatThrownBy(() -> powers.revoke(power)).isInstanceOf(AccessDeniedException.class);
        // staff of another municipality can neither see nor register one; the citizen's own municipality can, with a reason
        CitizenFixture.actAs(CitizenFixture.staffUser(fixture.municipalityId(KOLDING)));
        assertThatThrownBy(() -> citizens.powersOfAttorney(f.karen())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> citizens.registerPowerOfAttorney(f.karen(), new CitizenService.PowerOfAttorneyForm(other.metteCpr(),
                "Anden", "Datter", null, null, PowerOfAttorneyScope.VIEW, LocalDate.now(), null, "Prøver")))
                .isInstanceOf(AccessDeniedException.class);
        CitizenFixture.actAs(CitizenFixture.staffUser(fixture.municipalityId(FAVRSKOV)));
        assertThat(citizens.powersOfAttorney(f.karen())).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(PowerOfAttorney.State.WAITING);
            assertThat(row.givenBy()).isEqualTo(PowerOfAttorney.GivenBy.CITIZEN);
        });
        long registered = citizens.registerPowerOfAttorney(f.karen(), new CitizenService.PowerOfAttorneyForm(other.metteCpr(), "Anden",
                "Datter", null, null, PowerOfAttorneyScope.VIEW, LocalDate.now(), null, "Kan ikke selv bruge portalen."));
        assertThat(jdbc.queryForObject("SELECT reason FROM power_of_attorney WHERE id = ?", String.class, registered))
                .isEqualTo("Kan ikke selv bruge portalen.");
        assertThat(noticeStatus(registered, "poa-registered", "CITIZEN", f.karen())).isEqualTo("EMAIL:SENT");
    }

    private String fullName(long citizenId) {
        return jdbc.queryForObject("SELECT CONCAT(first_name, ' ', last_name) FROM citizen WHERE id = ?", String.class, citizenId);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
