package dk.fritvalg.survey;

import static dk.fritvalg.citizen.CitizenFixture.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.municipality.RehabilitationModel;
import dk.fritvalg.rehabilitation.RehabilitationFixture;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.survey.OutcomeMeasures.Aggregate;
import dk.fritvalg.survey.OutcomeMeasures.EnteredBy;
import dk.fritvalg.survey.OutcomeMeasures.Measurement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * WHO-5 and WHODAS-12 on a course: entered by the citizen, her caseworker and the course's provider; her trend seen by her,
 * a relative with a power of attorney and her caseworker only; aggregates per provider withheld below the minimum; gaps.
 */
@IntegrationTest
class OutcomeMeasuresTest {

    @Autowired
    OutcomeMeasures measures;
    @Autowired
    CitizenFixture fixture;
    @Autowired
    RehabilitationFixture courses;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private final LocalDate start = LocalDate.now().minusWeeks(9);

    private long course(long citizen, long provider) {
        return courses.course(fixture.municipalityId("0710"), citizen, provider, RehabilitationModel.PART, start);
    }

    @Test
    void theCitizenCaseworkerAndProviderEnterMeasurementsAndHerTrendShowsTheChange() {
        long favrskov = fixture.municipalityId("0710");
        long citizen = fixture.citizen("0710", "8370", null);
        long provider = fixture.provider("favrskov-nordlys");
        long courseId = course(citizen, provider);

        actAs(CitizenFixture.citizenUser(citizen, favrskov));
        measures.record(courseId, Instrument.WHO5, MeasurePoint.START, start, new Integer[] {2, 2, 2, 2, 2});
        assertThatThrownBy(() -> measures.record(courseId, Instrument.WHO5, MeasurePoint.START, start, new Integer[] {3, 3, 3, 3, 3}))
                .isInstanceOf(BusinessException.class).hasMessageContaining("outcome.error.recorded");
        assertThatThrownBy(() -> measures.record(courseId, Instrument.WHO5, MeasurePoint.END, start, new Integer[] {6, 3, 3, 3, 3}))
                .hasMessageContaining("outcome.error.items");
        assertThatThrownBy(() -> measures.record(courseId, Instrument.WHO5, MeasurePoint.END, LocalDate.now().plusDays(1),
                new Integer[] {3, 3, 3, 3, 3})).hasMessageContaining("outcome.error.date");
        assertThatThrownBy(() -> measures.record(courseId, Instrument.WHO5, MeasurePoint.END, start,
                new Integer[] {null, null, null, null, null})).hasMessageContaining("outcome.error.empty");

        actAs(CitizenFixture.staffUser(favrskov));
        measures.record(courseId, Instrument.WHODAS12, MeasurePoint.START, start.plusDays(1),
                new Integer[] {2, 2, 2, 2, 2, null, 2, 2, 2, 2, 2, 2});
        actAs(CitizenFixture.providerUser(provider));
        measures.record(courseId, Instrument.WHO5, MeasurePoint.END, start.plusWeeks(8), new Integer[] {3, 3, 2, 2, 3});
        measures.record(courseId, Instrument.WHODAS12, MeasurePoint.END, start.plusWeeks(8), new Integer[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        assertThat(measures.recorded(courseId)).containsExactlyInAnyOrder("WHO5:START", "WHO5:END", "WHODAS12:START", "WHODAS12:END");
        // a provider enters but never reads her scores
        assertThatThrownBy(() -> measures.trend(citizen)).isInstanceOf(AccessDeniedException.class);

        actAs(CitizenFixture.citizenUser(citizen, favrskov));
        List<Measurement> trend = measures.trend(citizen);
        assertThat(trend).extracting(m -> m.instrument() + ":" + m.point() + ":" + m.enteredBy())
                .containsExactly("WHO5:START:CITIZEN", "WHODAS12:START:CASEWORKER", "WHO5:END:PROVIDER", "WHODAS12:END:PROVIDER");
        assertThat(trend.get(0).score().percent()).isEqualByComparingTo("40");
        assertThat(trend.get(0).score().poorWellBeing()).isTrue();
        assertThat(trend.get(2).score().percent()).isEqualByComparingTo("52");
        assertThat(trend.get(2).significantChange()).isTrue();
        assertThat(trend.get(1).score().percent()).isEqualByComparingTo("50.0");
        assertThat(trend.get(1).score().band()).isEqualTo(OutcomeScore.Band.SEVERE);
        assertThat(trend.get(3).score().band()).isEqualTo(OutcomeScore.Band.MODERATE);
        assertThat(trend.get(1).enteredBy()).isEqualTo(EnteredBy.CASEWORKER);

        // a relative with a power of attorney sees it; one without is refused
        long withPower = fixture.relative(null);
        fixture.powerOfAttorney(withPower, citizen, PowerOfAttorneyScope.VIEW);
        actAs(CitizenFixture.relativeUser(withPower));
        assertThat(measures.trend(citizen)).hasSize(4);
        assertThatThrownBy(() -> measures.record(courseId, Instrument.WHO5, MeasurePoint.FOLLOW_UP, LocalDate.now(),
                new Integer[] {3, 3, 3, 3, 3})).isInstanceOf(AccessDeniedException.class);
        actAs(CitizenFixture.relativeUser(fixture.relative(null)));
        assertThatThrownBy(() -> measures.trend(citizen)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void otherMunicipalitiesAndProvidersAreRefused() {
        long citizen = fixture.citizen("0710", "8370", null);
        long provider = fixture.provider("favrskov-nordlys");
        long courseId = course(citizen, provider);
        actAs(CitizenFixture.staffUser(fixture.municipalityId("0621")));
        assertThatThrownBy(() -> measures.record(courseId, Instrument.WHO5, MeasurePoint.START, start, new Integer[] {1, 1, 1, 1, 1}))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measures.trend(citizen)).isInstanceOf(AccessDeniedException.class);
        // a provider with another course for the citizen, but not this one
        long other = fixture.provider("favrskov-solsikken");
        course(citizen, other);
        actAs(CitizenFixture.providerUser(other));
        assertThatThrownBy(() -> measures.record(courseId, Instrument.WHO5, MeasurePoint.START, start, new Integer[] {1, 1, 1, 1, 1}))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measures.providerAggregates(provider)).isInstanceOf(AccessDeniedException.class);
        actAs(CitizenFixture.citizenUser(fixture.citizen("0710", "8370", null), fixture.municipalityId("0710")));
        assertThatThrownBy(() -> measures.trend(citizen)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aggregatesAreWithheldBelowTheMinimumGroupAndGapsAreListed() {
        long favrskov = fixture.municipalityId("0710");
        long provider = fixture.provider("favrskov-lindetraeet");
        actAs(CitizenFixture.staffUser(favrskov));
        long[] courseIds = new long[3];
        for (int i = 0; i < 3; i++) {
            courseIds[i] = course(fixture.citizen("0710", "8370", null), provider);
        }
        measures.record(courseIds[0], Instrument.WHO5, MeasurePoint.START, start, new Integer[] {2, 2, 2, 2, 2}); // 40 %
        measures.record(courseIds[1], Instrument.WHO5, MeasurePoint.START, start, new Integer[] {3, 3, 3, 3, 3}); // 60 %
        Aggregate two = startWho5(measures.municipalityAggregates(), provider);
        assertThat(two.n()).isEqualTo(2);
        assertThat(two.withheld()).isTrue();
        // an unscored measurement (a missing WHO-5 item) does not count
        measures.record(courseIds[2], Instrument.WHO5, MeasurePoint.START, start, new Integer[] {5, 5, 5, 5, null});
        assertThat(startWho5(measures.municipalityAggregates(), provider).n()).isEqualTo(2);
        measures.record(courseIds[2], Instrument.WHO5, MeasurePoint.FOLLOW_UP, LocalDate.now(), new Integer[] {5, 5, 5, 5, 5});

        long fourth = course(fixture.citizen("0710", "8370", null), provider);
        measures.record(fourth, Instrument.WHO5, MeasurePoint.START, start, new Integer[] {5, 5, 5, 5, 5}); // 100 %
        Aggregate three = startWho5(measures.municipalityAggregates(), provider);
        assertThat(three.n()).isEqualTo(3);
        assertThat(three.meanPercent()).isEqualByComparingTo("66.7");
        assertThat(three.model()).isEqualTo("PART");

        actAs(CitizenFixture.providerUser(provider));
        assertThat(startWho5(measures.providerAggregates(provider), provider).meanPercent()).isEqualByComparingTo("66.7");

        actAs(CitizenFixture.staffUser(favrskov));
        assertThat(measures.gaps()).filteredOn(g -> g.courseId() == courseIds[0]).singleElement()
                .satisfies(g -> assertThat(g.missing()).contains("status:START", "WHODAS12:START", "WHO5:END", "WHODAS12:END")
                        .doesNotContain("WHO5:START"));
    }

    private static Aggregate startWho5(List<Aggregate> aggregates, long provider) {
        return aggregates.stream().filter(a -> a.providerId() == provider && a.instrument() == Instrument.WHO5
                && a.point() == MeasurePoint.START).findFirst().orElseThrow();
    }
}
