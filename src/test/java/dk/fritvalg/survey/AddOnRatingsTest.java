package dk.fritvalg.survey;

import static dk.fritvalg.citizen.CitizenFixture.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.survey.AddOnRatings.ProviderRating;
import dk.fritvalg.survey.AddOnRatings.Rateable;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Karen rates her delivered window cleaning once; per provider n and mean, withheld below three; others are refused. */
@IntegrationTest
class AddOnRatingsTest {

    @Autowired
    AddOnRatings ratings;
    @Autowired
    CitizenFixture fixture;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDeliveredOrderIsRatedOnceAndShownPerProviderWithN() {
        long favrskov = fixture.municipalityId("0710");
        long karen = jdbc.sql("SELECT id FROM citizen WHERE first_name = 'Karen' AND last_name = 'Jensen'").query(Long.class).single();
        actAs(CitizenFixture.citizenUser(karen, favrskov));
        List<Rateable> delivered = ratings.rateable(karen);
        assertThat(delivered).isNotEmpty();
        Rateable order = delivered.getFirst();
        assertThat(order.score()).isNull();
        assertThatThrownBy(() -> ratings.rate(karen, order.orderId(), 6, null)).hasMessageContaining("rating.error.score");
        ratings.rate(karen, order.orderId(), 4, "Vinduerne blev flotte. Tak til Jens.");
        assertThat(ratings.rateable(karen).getFirst().score()).isEqualTo(4);
        assertThatThrownBy(() -> ratings.rate(karen, order.orderId(), 5, null)).hasMessageContaining("rating.error.rated");
        assertThatThrownBy(() -> ratings.rate(karen, 987_654_321L, 5, null)).hasMessageContaining("rating.error.order");

        long provider = jdbc.sql("SELECT provider_id FROM add_on_rating WHERE order_id = ?").param(order.orderId()).query(Long.class).single();
        PortalUser staff = new PortalUser(996_001, "indkoeb", "Test", Role.MUNICIPAL_PROCUREMENT, favrskov, null, null, null, null, false);
        actAs(staff);
        ProviderRating one = rating(ratings.forMunicipality(), provider);
        assertThat(one.withheld()).isTrue();
        int before = one.n();
        for (int i = 0; i < Math.max(0, 3 - before); i++) {
            jdbc.sql("INSERT INTO add_on_rating (order_id, provider_id, municipality_id, score, rated_on) VALUES (?, ?, ?, 2, CURRENT_DATE)")
                    .param(900_000_000L + System.nanoTime() % 1_000_000 + i).param(provider).param(favrskov).update();
        }
        ProviderRating three = rating(ratings.forMunicipality(), provider);
        assertThat(three.n()).isGreaterThanOrEqualTo(3);
        assertThat(three.mean()).isNotNull();
        assertThat(ratings.comments()).contains("Vinduerne blev flotte. Tak til [navn].");

        actAs(CitizenFixture.providerUser(provider));
        assertThat(rating(ratings.forProvider(provider), provider).n()).isEqualTo(three.n());
        actAs(CitizenFixture.providerUser(fixture.provider("favrskov-nordlys")));
        assertThatThrownBy(() -> ratings.forProvider(provider)).isInstanceOf(AccessDeniedException.class);
        // another citizen, and a relative without a power of attorney, cannot rate Karen's order
        actAs(CitizenFixture.citizenUser(fixture.citizen("0710", "8370", null), favrskov));
        assertThatThrownBy(() -> ratings.rate(karen, order.orderId(), 1, null)).isInstanceOf(AccessDeniedException.class);
        actAs(CitizenFixture.relativeUser(fixture.relative(null)));
        assertThatThrownBy(() -> ratings.rateable(karen)).isInstanceOf(AccessDeniedException.class);
        actAs(new PortalUser(996_002, "k", "Test", Role.MUNICIPAL_PROCUREMENT, fixture.municipalityId("0621"), null, null, null, null, false));
        assertThat(ratings.forMunicipality()).noneMatch(r -> r.providerId() == provider);
    }

    private static ProviderRating rating(List<ProviderRating> list, long provider) {
        return list.stream().filter(r -> r.providerId() == provider).findFirst().orElseThrow();
    }
}
