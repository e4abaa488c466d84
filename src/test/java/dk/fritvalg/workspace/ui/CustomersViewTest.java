package dk.fritvalg.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.ProviderCustomerList;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.support.KaribuTest;
import dk.fritvalg.ui.RefusedNavigationView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The provider's customers: paged and searchable, only its own, each look logged; refused to others. */
class CustomersViewTest extends KaribuTest {

    @Autowired
    ProviderCustomerList customers;
    @Autowired
    CitizenFixture citizens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theProvidersStaffSeeTheirCustomersAndEveryLookIsLogged() {
        loginDemo("ordremodtager");
        long before = looks();
        UI.getCurrent().navigate("leverandoer/kunder");
        CustomersView view = (CustomersView) UI.getCurrent().getCurrentView();
        int rows = GridKt._size(view.grid);
        assertThat(rows).isPositive();
        var karen = java.util.stream.IntStream.range(0, rows).mapToObj(i -> GridKt._get(view.grid, i))
                .filter(r -> r.name().equals("Karen Jensen")).toList();
        assertThat(karen).extracting(ProviderCustomerList.CustomerRow::kind)
                .contains(ProviderCustomerList.Kind.CHOICE, ProviderCustomerList.Kind.ADD_ON);
        assertThat(karen).filteredOn(r -> r.kind() == ProviderCustomerList.Kind.CHOICE)
                .allSatisfy(r -> assertThat(r.serviceArea()).isNotBlank());
        assertThat(looks()).as("the looks are logged").isGreaterThan(before);

        setValue(view.search, "Karen Jen");
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i).name()))
                .isNotEmpty().allMatch("Karen Jensen"::equals);
        setValue(view.search, "%");
        assertThat(GridKt._size(view.grid)).as("a wildcard is just a character").isZero();
    }

    @Test
    void nobodyElseSeesTheCustomers() {
        long omsorgsgruppen = citizens.provider("favrskov-omsorgsgruppen-midt");
        CitizenFixture.actAs(CitizenFixture.providerUser(citizens.provider("favrskov-hjemmepleje")));
        assertThatThrownBy(() -> customers.page(omsorgsgruppen, null, 0, 50)).isInstanceOf(AccessDeniedException.class);
        CitizenFixture.actAs(CitizenFixture.staffUser(citizens.municipalityId("0710")));
        assertThatThrownBy(() -> customers.count(omsorgsgruppen, null)).isInstanceOf(AccessDeniedException.class);
        loginDemo("borger");
        UI.getCurrent().navigate("leverandoer/kunder");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RefusedNavigationView.class);
    }

    private long looks() {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_entry WHERE event = 'LOOKED' AND permission = 'VIEW_PROVIDER_CUSTOMERS'
                  AND actor_name LIKE 'Ali Hassan%'""", Long.class);
    }
}
