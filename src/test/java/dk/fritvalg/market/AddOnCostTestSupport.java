package dk.fritvalg.market;

import org.springframework.jdbc.core.JdbcTemplate;

/** The municipal add-on the cost tests price: "Ekstra rengøring", 350.00 kr. per visit incl. 25 % VAT. */
public final class AddOnCostTestSupport {

    private AddOnCostTestSupport() {
    }

    public static long addOn(JdbcTemplate jdbc, long municipalProvider, long municipalityId) {
        return AddOnCostTest.addOn(jdbc, municipalProvider, municipalityId, "Ekstra rengøring", true, 35_000, 25);
    }
}
