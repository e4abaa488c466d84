package dk.fritvalg.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestClock;
import dk.fritvalg.support.TestMailServer;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A suspension decided today to start on a later date: the provider stays selectable and its citizens are not told until
 * that day, when the daily job takes it into effect once; a planned suspension can be lifted before it starts; and the
 * dates are checked.
 */
@IntegrationTest
class FutureSuspensionTest {

    @Autowired
    Suspensions suspensions;
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
    long area;
    long provider;
    long citizen;
    LocalDate today;

    @BeforeEach
    void fresh() {
        TestMailServer.get();
        municipality = market.freshMunicipality();
        area = market.area(municipality, ServiceAreaKind.PERSONAL_CARE);
        today = LocalDate.now(TimeConfiguration.DANISH_TIME);
        provider = providers.chain("Senere Suspenderet ApS", Map.of(municipality.getCode(), Set.of("8000"))).get(municipality.getCode());
        registry.agree(provider, area, AgreementModel.APPROVAL, today.minusYears(1), null, null, null, null);
        citizen = citizens.citizen(municipality.getCode(), "8000", null);
        citizens.grant(citizen, area, provider);
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, municipality.getId()));
    }

    @AfterEach
    void reset() {
        TestClock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSuspensionFromALaterDateTakesEffectOnThatDateOnce() {
        assertThat(suspensions.suspend(provider, today.plusDays(3), today.plusMonths(1), "Tilsyn fandt mangler", null)).isZero();

        assertThat(selectable(today)).isTrue();
        assertThat(citizenNotices()).isZero();
        assertThat(suspensions.history(provider)).singleElement().satisfies(s -> {
            assertThat(s.from()).isEqualTo(today.plusDays(3));
            assertThat(s.pending()).isTrue();
        });
        assertThatThrownBy(() -> suspensions.suspend(provider, today.plusDays(5), null, "Igen", null))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.suspension.error.already");
        assertThat(suspensions.takeEffectDue()).isZero();
        assertThat(selectable(today)).isTrue();

        TestClock.setTo(today.plusDays(3).atTime(0, 5).atZone(TimeConfiguration.DANISH_TIME));
        assertThat(suspensions.takeEffectDue()).isEqualTo(1);
        assertThat(suspensions.takeEffectDue()).isZero();
        assertThat(providerService.byId(provider).orElseThrow().isSuspended()).isTrue();
        assertThat(selectable(today.plusDays(3))).isFalse();
        assertThat(citizenNotices()).isEqualTo(1);
        assertThat(suspensions.history(provider)).singleElement().extracting(Suspension::pending).isEqualTo(false);
    }

    @Test
    void aPlannedSuspensionCanBeLiftedBeforeItStartsAndTheDatesAreChecked() {
        assertThatThrownBy(() -> suspensions.suspend(provider, today.minusDays(1), null, "Mangler", null))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.suspension.error.from-past");
        assertThatThrownBy(() -> suspensions.suspend(provider, today.plusDays(10), today.plusDays(5), "Mangler", null))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.suspension.error.until-before-start");
        suspensions.suspend(provider, today.plusDays(2), null, "Mangler", null);
        suspensions.reinstate(provider, "Manglerne er rettet allerede");

        TestClock.setTo(today.plusDays(2).atTime(9, 0).atZone(TimeConfiguration.DANISH_TIME));
        assertThat(suspensions.takeEffectDue()).isZero();
        assertThat(providerService.byId(provider).orElseThrow().isSuspended()).isFalse();
        assertThat(citizenNotices()).isZero();
    }

    private boolean selectable(LocalDate date) {
        return providerService.selectable(municipality.getId(), area, date).stream().map(Provider::getId).anyMatch(id -> id == provider);
    }

    private long citizenNotices() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE person_kind = 'CITIZEN' AND person_id = ?", Long.class, citizen);
    }
}
