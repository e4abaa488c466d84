package dk.fritvalg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.citizen.SwitchService;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The audit trail records every action taken for a citizen (who, acting as what, what, when) and every look
 * by staff; the citizen reads her own, staff with the right role search their municipality's, and nobody can
 * change it.
 */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    SwitchService switches;
    @Autowired
    CitizenService citizens;
    @Autowired
    CitizenFixture fixture;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private long favrskovCitizen() {
        long citizen = fixture.citizen("0710", "8370", null);
        fixture.grant(citizen, fixture.area("0710", ServiceAreaKind.PERSONAL_CARE), fixture.provider("favrskov-hjemmepleje"));
        return citizen;
    }

    private static PortalUser staff(Role role, long municipalityId, String name) {
        return new PortalUser(700_000 + role.ordinal(), "staff", name, role, municipalityId, null, null, null, null, false);
    }

    @Test
    void aRelativesSwitchAndAStaffLookAreInTheCitizensHistoryWithWhoAndAsWhat() {
        long citizen = favrskovCitizen();
        long relative = fixture.relative(null);
        fixture.powerOfAttorney(relative, citizen, PowerOfAttorneyScope.ACT);
        long area = fixture.area("0710", ServiceAreaKind.PERSONAL_CARE);
        long target = fixture.provider("favrskov-omsorgsgruppen-midt");
        PortalUser mette = new PortalUser(690_001, "mette", "Mette Test", Role.RELATIVE, null, null, null, relative, null, false);
        CitizenFixture.actAs(mette);
        switches.request(citizen, area, target);

        CitizenFixture.actAs(staff(Role.MUNICIPAL_NEEDS_ASSESSMENT, fixture.municipalityId("0710"), "Jonas Test"));
        citizens.overview(citizen);

        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, fixture.municipalityId("0710")));
        List<AuditLog.Entry> history = auditLog.forCitizen(citizen, 0, 10);
        assertThat(history).extracting(AuditLog.Entry::event).containsExactly(AuditEvent.LOOKED, AuditEvent.SWITCH_REQUESTED);
        AuditLog.Entry look = history.get(0);
        assertThat(look.actorName()).isEqualTo("Jonas Test");
        assertThat(look.actorRole()).isEqualTo(Role.MUNICIPAL_NEEDS_ASSESSMENT);
        AuditLog.Entry request = history.get(1);
        assertThat(request.actorName()).isEqualTo("Mette Test");
        assertThat(request.relation()).isEqualTo(Relation.RELATIVE_WITH_ACT_POWER);
        assertThat(request.citizenId()).isEqualTo(citizen);
        assertThat(request.details()).containsExactly("Personlig pleje", "Omsorgsgruppen Midt ApS",
                switches.requestsOf(citizen).getFirst().getEffectiveDate().toString());
        assertThat(request.occurredAt()).isNotNull();
        assertThat(auditLog.countForCitizen(citizen)).isEqualTo(2);
    }

    @Test
    void anActionThatFailsLeavesNoTrace() {
        long citizen = favrskovCitizen();
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, fixture.municipalityId("0710")));
        long area = fixture.area("0710", ServiceAreaKind.PERSONAL_CARE);
        assertThatThrownBy(() -> switches.request(citizen, area, fixture.provider("favrskov-hjemmepleje")))
                .isInstanceOf(BusinessException.class);
        assertThat(auditLog.forCitizen(citizen, 0, 10)).isEmpty();
    }

    @Test
    void powersOfAttorneyRegisteredAndRevokedAreRecorded() {
        long citizen = favrskovCitizen();
        CitizenFixture.actAs(staff(Role.MUNICIPAL_NEEDS_ASSESSMENT, fixture.municipalityId("0710"), "Jonas Test"));
        long power = citizens.registerPowerOfAttorney(citizen, new CitizenService.PowerOfAttorneyForm(CitizenFixture.newCpr(), "Ida",
                "Audit", null, null, PowerOfAttorneyScope.VIEW, LocalDate.now(), null, "Borgeren har givet fuldmagten på papir."));
        citizens.revokePowerOfAttorney(power);
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, fixture.municipalityId("0710")));
        assertThat(auditLog.forCitizen(citizen, 0, 10)).extracting(AuditLog.Entry::event)
                .contains(AuditEvent.POWER_OF_ATTORNEY_REGISTERED, AuditEvent.POWER_OF_ATTORNEY_REVOKED);
        assertThat(auditLog.forCitizen(citizen, 0, 10)).filteredOn(e -> e.event() == AuditEvent.POWER_OF_ATTORNEY_REVOKED)
                .singleElement().satisfies(e -> assertThat(e.details()).containsExactly("Ida Audit", "VIEW"));
    }

    @Test
    void theAdministratorSearchesOwnMunicipalityOnlyAndOtherRolesAreRefused() {
        long citizen = favrskovCitizen();
        long favrskov = fixture.municipalityId("0710");
        CitizenFixture.actAs(staff(Role.MUNICIPAL_NEEDS_ASSESSMENT, favrskov, "Søren Søgbar"));
        citizens.overview(citizen);

        CitizenFixture.actAs(staff(Role.MUNICIPAL_ADMIN, favrskov, "Admin Test"));
        AuditLog.Filter byActor = new AuditLog.Filter(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), AuditEvent.LOOKED,
                "Søgbar", citizen, null);
        assertThat(auditLog.search(byActor, 0, 50)).isNotEmpty().allSatisfy(e -> {
            assertThat(e.actorName()).isEqualTo("Søren Søgbar");
            assertThat(e.citizenId()).isEqualTo(citizen);
        });
        assertThat(auditLog.count(byActor)).isPositive();

        CitizenFixture.actAs(staff(Role.MUNICIPAL_ADMIN, fixture.municipalityId("0621"), "Kolding Admin"));
        assertThat(auditLog.search(byActor, 0, 50)).as("Kolding sees nothing of Favrskov's").isEmpty();

        CitizenFixture.actAs(staff(Role.MUNICIPAL_NEEDS_ASSESSMENT, favrskov, "Jonas Test"));
        assertThatThrownBy(() -> auditLog.search(byActor, 0, 50)).isInstanceOf(AccessDeniedException.class);
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, favrskov));
        assertThatThrownBy(() -> auditLog.search(byActor, 0, 50)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherCitizenOrAProviderCannotReadACitizensHistory() {
        long citizen = favrskovCitizen();
        long other = favrskovCitizen();
        CitizenFixture.actAs(CitizenFixture.citizenUser(other, fixture.municipalityId("0710")));
        assertThatThrownBy(() -> auditLog.forCitizen(citizen, 0, 10)).isInstanceOf(AccessDeniedException.class);
        CitizenFixture.actAs(CitizenFixture.providerUser(fixture.provider("favrskov-omsorgsgruppen-midt")));
        assertThatThrownBy(() -> auditLog.forCitizen(citizen, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTrailIsAppendOnly() {
        long citizen = favrskovCitizen();
        CitizenFixture.actAs(staff(Role.MUNICIPAL_NEEDS_ASSESSMENT, fixture.municipalityId("0710"), "Jonas Test"));
        citizens.overview(citizen);
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET actor_name = 'Someone else' WHERE citizen_id = ?", citizen))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE citizen_id = ?", citizen))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE citizen_id = ? AND actor_name = 'Jonas Test'",
                Integer.class, citizen)).isEqualTo(1);
    }
}
