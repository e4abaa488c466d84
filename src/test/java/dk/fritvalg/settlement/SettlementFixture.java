package dk.fritvalg.settlement;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.market.SettlementPrices;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** A fresh municipality with a provider and citizens for each settlement test, prices set the way procurement sets them. */
@Component
class SettlementFixture {

    /** The month the worked examples are settled in (summer time starts on Sunday 28 March 2027). */
    static final YearMonth MARCH = YearMonth.of(2027, 3);

    final MarketFixture market;
    final ProviderFixture providerFixture;
    final ProviderRegistry registry;
    final ProviderService providers;
    final CitizenFixture citizens;
    final SettlementPrices prices;
    final JdbcTemplate jdbc;

    SettlementFixture(MarketFixture market, ProviderFixture providerFixture, ProviderRegistry registry, ProviderService providers,
                      CitizenFixture citizens, SettlementPrices prices, JdbcTemplate jdbc) {
        this.market = market;
        this.providerFixture = providerFixture;
        this.registry = registry;
        this.providers = providers;
        this.citizens = citizens;
        this.prices = prices;
        this.jdbc = jdbc;
    }

    /** A municipality, its areas, one provider and two citizens. */
    final class World {
        final Municipality municipality;
        final long personalCare;
        final long rehabilitation;
        final long provider;
        final String providerCvr;
        final String cpr1 = CitizenFixture.newCpr();
        final String cpr2 = CitizenFixture.newCpr();
        final long citizen1;
        final long citizen2;

        World() {
            municipality = market.freshMunicipality();
            personalCare = market.area(municipality, ServiceAreaKind.PERSONAL_CARE);
            rehabilitation = market.area(municipality, ServiceAreaKind.REHABILITATION);
            provider = provider("Afregning Omsorg ApS");
            providerCvr = providers.byId(provider).orElseThrow().getCvr();
            citizen1 = citizens.citizen(municipality.getCode(), "8000", "borger1@example.dk", cpr1);
            citizen2 = citizens.citizen(municipality.getCode(), "8000", "borger2@example.dk", cpr2);
        }

        long provider(String name) {
            long organisation = providerFixture.organisation(name);
            return registry.presenceIn(organisation, municipality.getId(), ProviderType.PRIVATE, Set.of("8000"));
        }

        PortalUser finance() {
            return MarketFixture.staff(Role.MUNICIPAL_FINANCE, municipality.getId());
        }

        /** Procurement sets a price from a date (the clock is put in the month before, as procurement would). */
        void price(long area, SettlementUnit unit, long ore, LocalDate from) {
            var before = SecurityContextHolder.getContext();
            try {
                TestClock.setTo(from.minusDays(10).atStartOfDay(TimeConfiguration.DANISH_TIME));
                CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, municipality.getId()));
                prices.setPrice(area, unit, ore, from, "Takst til test");
            } finally {
                TestClock.reset();
                SecurityContextHolder.setContext(before);
            }
        }
    }

    World world() {
        return new World();
    }

    static byte[] csv(String... lines) {
        return ("besoeg_id;cpr;leverandoer_cvr;ydelsesomraade;planlagt_start;visiteret_min;leveret_min;medarbejder;status;aflyst_tidspunkt\n"
                + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
