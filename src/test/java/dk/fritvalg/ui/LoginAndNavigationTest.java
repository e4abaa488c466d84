package dk.fritvalg.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dk.fritvalg.citizen.ui.MyHelpView;
import dk.fritvalg.citizen.ui.RepresentedView;
import dk.fritvalg.municipality.ui.SettingsView;
import dk.fritvalg.provider.ui.MunicipalOverviewView;
import dk.fritvalg.provider.ui.ProviderHomeView;
import dk.fritvalg.support.KaribuTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.authentication.BadCredentialsException;

class LoginAndNavigationTest extends KaribuTest {

    static Stream<Arguments> demoRoles() {
        return Stream.of(
                Arguments.of("borger", MyHelpView.class, "Min hjælp"),
                Arguments.of("paaroerende", RepresentedView.class, "Fuldmagter"),
                Arguments.of("leverandoer", ProviderHomeView.class, "Omsorgsgruppen Midt ApS"),
                Arguments.of("medarbejder", MunicipalOverviewView.class, "Overblik for Favrskov Kommune"),
                Arguments.of("admin", SettingsView.class, "Indstillinger for Favrskov Kommune"));
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @MethodSource("demoRoles")
    void eachDemoRoleLogsInAndLandsOnItsHomeView(String username, Class<?> home, String heading) {
        loginDemo(username);
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(home);
        assertThat(_get(H1.class).getText()).isEqualTo(heading);
    }

    @Test
    void theMenuShowsOnlyWhatTheRoleMayOpen() {
        loginDemo("borger");
        UI.getCurrent().navigate("min-hjaelp");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .contains("Min hjælp").doesNotContain("Overblik", "Indstillinger", "Min virksomhed");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> login("borger", "wrong-password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void anAnonymousUserIsSentToLoginFromAProtectedView() {
        UI.getCurrent().navigate("min-hjaelp");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    void aCitizenCannotOpenStaffViews() {
        loginDemo("borger");
        UI.getCurrent().navigate("forvaltning");
        assertThat(_get(H1.class, spec -> spec.withId("access-denied")).getText()).isEqualTo("Du har ikke adgang");
    }

    @Test
    void theLandingPageRendersInDanish() {
        UI.getCurrent().navigate("kommune/0710");
        assertThat(_get(H1.class).getText()).isEqualTo("Frit valg i Favrskov Kommune");
        assertThat(pageText()).contains("Sammenlign leverandører", "Personlig pleje");
    }

    @Test
    void theLandingPageRendersInEnglish() {
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("kommune/0710");
        assertThat(_get(H1.class).getText()).isEqualTo("Free choice in Favrskov Municipality");
        assertThat(pageText()).contains("Compare providers", "Log in to see your help").doesNotContain("Sammenlign");
    }

    @Test
    void aMunicipalityNotOnThePortalSaysSo() {
        UI.getCurrent().navigate("kommune/0101");
        assertThat(pageText()).contains("København Kommune er endnu ikke med på Frit Valg");
    }

    @Test
    void thePublicProviderListShowsSelectableProviders() {
        UI.getCurrent().navigate("kommune/0710/leverandoerer");
        assertThat(pageText()).contains("Favrskov Kommunes Hjemmepleje", "Omsorgsgruppen Midt ApS");
    }

    static String pageText() {
        return ((com.vaadin.flow.component.Component) UI.getCurrent().getCurrentView()).getElement().getTextRecursively();
    }
}
