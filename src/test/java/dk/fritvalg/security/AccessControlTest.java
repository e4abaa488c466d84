package dk.fritvalg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.support.KaribuTest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

/** The permission table, enforced in services: allowed paths and the denials. */
class AccessControlTest extends KaribuTest {

    @Autowired
    CitizenService citizens;
    @Autowired
    ProviderService providers;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    JdbcTemplate jdbc;

    private long citizenId(String username) {
        return jdbc.queryForObject("SELECT citizen_id FROM user_account WHERE username = ?", Long.class, username);
    }

    @Test
    void everyRouteNamesItsPermissionFromTheTableOrIsPublic() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var routes = scanner.findCandidateComponents("dk.fritvalg");
        assertThat(routes).hasSizeGreaterThanOrEqualTo(8);
        for (var bean : routes) {
            Class<?> view = Class.forName(bean.getBeanClassName());
            assertThat(view.isAnnotationPresent(AnonymousAllowed.class) ^ view.isAnnotationPresent(ViewPermission.class))
                    .as(view.getName() + " is either public or names its permission").isTrue();
            assertThat(view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(PermitAll.class))
                    .as(view.getName() + " repeats roles instead of naming its permission").isFalse();
        }
    }

    @Test
    void aCitizenSeesTheirOwnHelpButNotAnothers() {
        loginDemo("borger");
        assertThat(citizens.overview(citizenId("borger")).grants()).hasSize(3);
        assertThatThrownBy(() -> citizens.overview(citizenId("kolding-borger"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRelativeWithAPowerOfAttorneyActsForTheCitizen() {
        loginDemo("paaroerende");
        assertThat(citizens.representedByCurrentRelative()).extracting(CitizenService.Represented::name).containsExactly("Karen Jensen");
        CitizenService.Overview overview = citizens.overview(citizenId("borger"));
        assertThat(overview.mayAct()).isTrue();
    }

    @Test
    void aRelativeWithoutAPowerOfAttorneyIsRefused() {
        loginDemo("paaroerende");
        assertThatThrownBy(() -> citizens.overview(citizenId("kolding-borger"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffOfAnotherMunicipalityIsRefused() {
        loginDemo("kolding-medarbejder");
        assertThat(citizens.overview(citizenId("kolding-borger")).citizen().getFirstName()).isEqualTo("Poul");
        assertThatThrownBy(() -> citizens.overview(citizenId("borger"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aProviderAdministratorCannotLookAtACitizen() {
        loginDemo("leverandoer");
        assertThatThrownBy(() -> citizens.overview(citizenId("borger"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aProviderAdministratorSeesOnlyTheirOwnWorkspace() {
        var user = loginDemo("leverandoer");
        long own = ((PortalUser) user.getPrincipal()).providerId();
        assertThat(providers.workspace(own).getName()).isEqualTo("Omsorgsgruppen Midt ApS");
        long other = providers.byCatalogueKey("favrskov-hjemmepleje").orElseThrow().getId();
        assertThatThrownBy(() -> providers.workspace(other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void municipalStaffCannotManageSettingsButTheAdministratorCan() {
        loginDemo("medarbejder");
        assertThat(municipalities.ownMunicipality(Permission.VIEW_MUNICIPALITY_WORKSPACE).getCode()).isEqualTo("0710");
        assertThatThrownBy(() -> municipalities.ownMunicipality(Permission.MANAGE_MUNICIPALITY_SETTINGS))
                .isInstanceOf(AccessDeniedException.class);
        loginDemo("admin");
        assertThat(municipalities.ownMunicipality(Permission.MANAGE_MUNICIPALITY_SETTINGS).getCode()).isEqualTo("0710");
    }

    @Test
    void anonymousCallsToGuardedServicesAreRefused() {
        assertThatThrownBy(() -> citizens.overview(citizenId("borger"))).isInstanceOf(AccessDeniedException.class);
    }
}
