package dk.fritvalg.market.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.market.SettlementPrices;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.support.KaribuTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A new year's settlement prices published in the portal: the procurement office changes the hourly price of personal
 * care from 1 January next year; the price of this year ends on 31 December; a date in a month that has passed is refused
 * in the page and changes nothing; the administrator sees the prices without the form.
 */
class SettlementPricesViewTest extends KaribuTest {

    private static final String PASSWORD = "prisertest-kodeord";

    @Autowired
    MarketFixture market;
    @Autowired
    SettlementPrices prices;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;

    Municipality municipality;
    long personalCare;
    long practicalHelp;
    LocalDate today;
    String procurementLogin;
    String adminLogin;

    @BeforeEach
    void fresh() {
        municipality = market.freshMunicipality();
        personalCare = market.area(municipality, ServiceAreaKind.PERSONAL_CARE);
        practicalHelp = market.area(municipality, ServiceAreaKind.PRACTICAL_HELP);
        today = LocalDate.now(dk.fritvalg.shared.TimeConfiguration.DANISH_TIME);
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, municipality.getId()));
        prices.setPrice(personalCare, SettlementUnit.HOUR, 40_000, today.withDayOfMonth(1), "Årets pris");
        prices.setPrice(practicalHelp, SettlementUnit.HOUR, 35_000, today.withDayOfMonth(1), "Årets pris");
        SecurityContextHolder.clearContext();
        procurementLogin = "karibu-priser-" + municipality.getCode();
        users.createOrUpdate(new UserAccountService.NewUser(procurementLogin, PASSWORD, "Ib Indkøber", Role.MUNICIPAL_PROCUREMENT,
                "ib-priser@example.dk", municipality.getId(), null, null, null, null));
        adminLogin = "karibu-priser-admin-" + municipality.getCode();
        users.createOrUpdate(new UserAccountService.NewUser(adminLogin, PASSWORD, "Anne Admin", Role.MUNICIPAL_ADMIN,
                "anne-priser@example.dk", municipality.getId(), null, null, null, null));
    }

    @Test
    void procurementPublishesNextYearsPricesAndAPastMonthIsRefused() {
        login(procurementLogin, PASSWORD);
        UI.getCurrent().navigate(SettlementPricesView.class);
        LocalDate newYear = LocalDate.of(today.getYear() + 1, 1, 1);
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("prices-from"));
        assertThat(from.getValue()).isEqualTo(newYear);
        BigDecimalField care = _get(BigDecimalField.class, spec -> spec.withId("price-" + personalCare + "-HOUR"));
        assertThat(care.getValue()).isEqualByComparingTo("400.00");
        setValue(care, new BigDecimal("415.50"));
        setValue(_get(TextField.class, spec -> spec.withId("prices-reason")), "Pris- og lønregulering");

        setValue(from, today.withDayOfMonth(1).minusMonths(1));
        _click(_get(Button.class, spec -> spec.withId("prices-publish")));
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).contains("En måned, der er gået, ændres aldrig.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM settlement_price WHERE service_area_id = ?", Integer.class, personalCare))
                .isEqualTo(1);

        setValue(from, newYear);
        _click(_get(Button.class, spec -> spec.withId("prices-publish")));
        assertThat(_get(Div.class, spec -> spec.withId("prices-feedback")).getElement().getTextRecursively())
                .contains("1 nye priser gælder fra");
        assertThat(jdbc.queryForList("SELECT CONCAT(price_ore, '/', valid_from, '/', IFNULL(valid_to, '-')) FROM settlement_price "
                + "WHERE service_area_id = ? ORDER BY valid_from", String.class, personalCare)).containsExactly(
                "40000/" + today.withDayOfMonth(1) + "/" + newYear.minusDays(1), "41550/" + newYear + "/-");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM settlement_price WHERE service_area_id = ?", Integer.class, practicalHelp))
                .isEqualTo(1);

        login(adminLogin, PASSWORD);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(SettlementPricesView.class);
        assertThat(_find(Button.class, spec -> spec.withId("prices-publish"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("prices-grid"))).hasSize(1);
    }
}
