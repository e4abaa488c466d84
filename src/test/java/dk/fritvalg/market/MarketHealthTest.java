package dk.fritvalg.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The ÆL § 18 guard (at least two providers to choose from, at most one municipal) and the market's health per area. */
@IntegrationTest
class MarketHealthTest {

    @Autowired
    MarketHealth health;
    @Autowired
    Suspensions suspensions;
    @Autowired
    MarketFixture market;
    @Autowired
    ProviderFixture providers;
    @Autowired
    ProviderRegistry registry;
    @Autowired
    JdbcTemplate jdbc;

    Municipality municipality;
    long integratedCare;
    LocalDate today;

    @BeforeEach
    void freshMunicipality() {
        municipality = market.freshMunicipality();
        integratedCare = market.area(municipality, ServiceAreaKind.INTEGRATED_CARE);
        today = LocalDate.now(TimeConfiguration.DANISH_TIME);
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, municipality.getId()));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private long provider(String name, ProviderType type) {
        long provider = registry.presenceIn(providers.organisation(name), municipality.getId(), type, Set.of("8000"));
        registry.agree(provider, integratedCare, AgreementModel.APPROVAL, today.minusYears(1), null, 50, null, null);
        return provider;
    }

    private Map<ServiceAreaKind, MarketHealth.AreaHealth> byArea() {
        return health.ofOwnMunicipality().stream().collect(Collectors.toMap(
                a -> jdbc.queryForObject("SELECT kind FROM service_area WHERE id = ?", ServiceAreaKind.class, a.serviceAreaId()),
                Function.identity()));
    }

    @Test
    void aSuspensionThatLeavesTooFewProvidersUnderAel18NeedsAReasonAndIsRecorded() {
        provider("Kommunens Helhedspleje", ProviderType.MUNICIPAL);
        long privateProvider = provider("Privat Helhed ApS", ProviderType.PRIVATE);
        assertThat(byArea().get(ServiceAreaKind.INTEGRATED_CARE)).satisfies(a -> {
            assertThat(a.state()).isEqualTo(MarketHealth.State.OK);
            assertThat(a.selectable()).isEqualTo(2);
            assertThat(a.municipal()).isEqualTo(1);
        });
        assertThat(byArea().get(ServiceAreaKind.PERSONAL_CARE).state()).isEqualTo(MarketHealth.State.NOT_UNDER_AEL_18);

        assertThatThrownBy(() -> suspensions.suspend(privateProvider, null, "Tilsyn"))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).messageKey()).isEqualTo("market.aels18.breach");
                    assertThat(((BusinessException) e).arguments()).containsExactly("Helhedspleje (1)", 2);
                });
        assertThat(jdbc.queryForObject("SELECT suspended FROM provider WHERE id = ?", Boolean.class, privateProvider)).isFalse();

        suspensions.suspend(privateProvider, null, "Tilsyn", "Borgernes sikkerhed går forud; nyt udbud er i gang");
        assertThat(jdbc.queryForObject("SELECT suspended FROM provider WHERE id = ?", Boolean.class, privateProvider)).isTrue();
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE municipality_id = ? AND event = 'AELS18_GUARD_OVERRIDDEN'",
                String.class, municipality.getId()))
                .isEqualTo("Privat Helhed ApS\u001FHelhedspleje (1)\u001FBorgernes sikkerhed går forud; nyt udbud er i gang");
        assertThat(byArea().get(ServiceAreaKind.INTEGRATED_CARE).state()).isEqualTo(MarketHealth.State.TOO_FEW);
    }

    @Test
    void aSuspensionThatLeavesEnoughProvidersNeedsNoConfirmation() {
        provider("Kommunen", ProviderType.MUNICIPAL);
        provider("Privat Et ApS", ProviderType.PRIVATE);
        long third = provider("Privat To ApS", ProviderType.PRIVATE);
        suspensions.suspend(third, null, "Tilsyn");
        assertThat(byArea().get(ServiceAreaKind.INTEGRATED_CARE).selectable()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE municipality_id = ? AND event = 'AELS18_GUARD_OVERRIDDEN'",
                Integer.class, municipality.getId())).isZero();
    }

    @Test
    void moreThanOneMunicipalProviderIsShownAsABreach() {
        provider("Kommunen", ProviderType.MUNICIPAL);
        provider("Kommunen igen", ProviderType.MUNICIPAL);
        provider("Privat ApS", ProviderType.PRIVATE);
        assertThat(byArea().get(ServiceAreaKind.INTEGRATED_CARE).state()).isEqualTo(MarketHealth.State.TOO_MANY_MUNICIPAL);
    }

    @Test
    void theHealthPageIsForTheMarketsOwnStaff() {
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_NEEDS_ASSESSMENT, municipality.getId()));
        assertThatThrownBy(() -> health.ofOwnMunicipality()).isInstanceOf(AccessDeniedException.class);
        CitizenFixture.actAs(MarketFixture.organisationAdmin(providers.organisation("Nysgerrig ApS")));
        assertThatThrownBy(() -> health.ofOwnMunicipality()).isInstanceOf(AccessDeniedException.class);
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_ADMIN, municipality.getId()));
        assertThat(health.ofOwnMunicipality()).hasSize(5);
    }
}
