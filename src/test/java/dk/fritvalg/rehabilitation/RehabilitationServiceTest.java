package dk.fritvalg.rehabilitation;

import static dk.fritvalg.citizen.CitizenFixture.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.rehabilitation.RehabilitationService.CourseDetails;
import dk.fritvalg.rehabilitation.RehabilitationService.NewCourse;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.support.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A § 83 a course from start to the receipt of its final status, under Favrskov's PART model (the municipal
 * therapist starts and closes, the provider does the middle) and Kolding's WHOLE model (the provider does it all);
 * the result settlement reads by month; and who is refused.
 */
@IntegrationTest
@RecordApplicationEvents
class RehabilitationServiceTest {

    @Autowired
    RehabilitationService service;
    @Autowired
    RehabilitationOutcomes outcomes;
    @Autowired
    CitizenFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private final LocalDate start = LocalDate.now().minusWeeks(9);

    private NewCourse form(long providerId) {
        return new NewCourse(providerId, "  Jeg vil selv kunne gå i bad og hente avisen.  ", start, start.plusWeeks(4), start.plusWeeks(8));
    }

    private PortalUser favrskovStaff() {
        return CitizenFixture.staffUser(fixture.municipalityId("0710"));
    }

    private long favrskovCitizen() {
        return fixture.citizen("0710", "8370", null);
    }

    @Test
    void underThePartModelTheTherapistStartsAndClosesAndTheProviderDoesTheMiddle() {
        long citizen = favrskovCitizen();
        long provider = fixture.provider("favrskov-omsorgsgruppen-midt");
        PortalUser staff = favrskovStaff();
        PortalUser providerStaff = CitizenFixture.providerUser(provider);

        actAs(staff);
        long courseId = service.start(citizen, form(provider));
        RehabilitationCourse course = service.course(courseId).course();
        assertThat(course.getModel()).isEqualTo(dk.fritvalg.municipality.RehabilitationModel.PART);
        assertThat(course.getGoals()).isEqualTo("Jeg vil selv kunne gå i bad og hente avisen.");
        assertThat(course.getTherapistUserId()).isEqualTo(staff.id());

        actAs(providerStaff);
        assertThatThrownBy(() -> service.recordStatus(courseId, StatusPoint.START, "Vi er i gang"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("rehab.error.not-your-point.PROVIDER");
        actAs(staff);
        assertThatThrownBy(() -> service.recordStatus(courseId, StatusPoint.MIDWAY, "For tidligt"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("rehab.error.previous-point");
        service.recordStatus(courseId, StatusPoint.START, "Mål aftalt med Karen. Hun går 50 meter med rollator.");
        assertThatThrownBy(() -> service.recordStatus(courseId, StatusPoint.START, "Igen"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("rehab.error.point-recorded");

        actAs(providerStaff);
        service.recordStatus(courseId, StatusPoint.MIDWAY, "Træner to gange om ugen; går nu 200 meter.");
        assertThatThrownBy(() -> service.recordStatus(courseId, StatusPoint.END, "Færdig"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("rehab.error.not-your-point.PROVIDER");
        assertThatThrownBy(() -> service.sendFinalStatus(courseId, 0, CourseResult.GOAL_REACHED, "Nået"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("rehab.error.not-your-point.PROVIDER");

        actAs(staff);
        long version = service.course(courseId).course().getVersion();
        assertThatThrownBy(() -> service.sendFinalStatus(courseId, version, CourseResult.GOAL_REACHED, "Nået"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("rehab.error.end-first");
        service.recordStatus(courseId, StatusPoint.END, "Går selv til købmanden.");
        assertThatThrownBy(() -> service.sendFinalStatus(courseId, version + 7, CourseResult.GOAL_REACHED, "Nået"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("rehab.error.concurrent");
        assertThatThrownBy(() -> service.acknowledgeFinalStatus(courseId))
                .isInstanceOf(BusinessException.class).hasMessageContaining("rehab.error.not-finished");
        service.sendFinalStatus(courseId, version, CourseResult.GOAL_REACHED, "Målet er nået; ingen yderligere hjælp.");

        assertThat(events.stream(RehabilitationCourseFinished.class))
                .containsExactly(new RehabilitationCourseFinished(courseId, fixture.municipalityId("0710"), provider, citizen,
                        CourseResult.GOAL_REACHED, LocalDate.now()));
        CourseDetails finished = service.course(courseId);
        assertThat(finished.course().getStatus()).isEqualTo(CourseStatus.FINISHED);
        assertThat(finished.statusPoints()).extracting(CourseStatusEntry::getPoint)
                .containsExactly(StatusPoint.START, StatusPoint.MIDWAY, StatusPoint.END);
        assertThat(finished.statusPoints()).extracting(CourseStatusEntry::getRecordedByParty)
                .containsExactly(CourseParty.MUNICIPALITY, CourseParty.PROVIDER, CourseParty.MUNICIPALITY);
        assertThatThrownBy(() -> service.recordStatus(courseId, StatusPoint.END, "Efter"))
                .isInstanceOf(BusinessException.class);

        service.acknowledgeFinalStatus(courseId);
        assertThat(service.course(courseId).course().getReceivedAt()).isNotNull();
        assertThatThrownBy(() -> service.acknowledgeFinalStatus(courseId))
                .isInstanceOf(BusinessException.class).hasMessageContaining("rehab.error.already-received");

        CourseOutcome outcome = outcomes.ofCourse(courseId).orElseThrow();
        assertThat(outcome.goalReached()).isTrue();
        assertThat(outcome.finishedOn()).isEqualTo(LocalDate.now());
        assertThat(outcome.receivedOn()).isEqualTo(LocalDate.now());

        List<String> trail = jdbc.sql("SELECT CONCAT(event, ':', COALESCE(provider_id, '-')) FROM audit_entry WHERE citizen_id = ? "
                + "AND event <> 'LOOKED' ORDER BY id").param(citizen).query(String.class).list();
        assertThat(trail).containsExactly("REHABILITATION_COURSE_STARTED:-", "COURSE_STATUS_RECORDED:-",
                "COURSE_STATUS_RECORDED:" + provider, "COURSE_STATUS_RECORDED:-", "COURSE_FINAL_STATUS_SENT:-",
                "COURSE_FINAL_STATUS_RECEIVED:-");
    }

    @Test
    void underTheWholeModelTheProviderRunsTheCourseAndTheMunicipalityDoesNotWriteStatus() {
        long citizen = fixture.citizen("0621", "6000", null);
        long provider = fixture.provider("kolding-fjordhjertet");
        PortalUser staff = CitizenFixture.staffUser(fixture.municipalityId("0621"));
        actAs(staff);
        long courseId = service.start(citizen, form(provider));
        assertThat(service.course(courseId).course().getTherapistUserId()).isNull();
        assertThatThrownBy(() -> service.recordStatus(courseId, StatusPoint.START, "Start"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("rehab.error.not-your-point.MUNICIPALITY");

        actAs(CitizenFixture.providerUser(provider));
        for (StatusPoint point : StatusPoint.values()) {
            service.recordStatus(courseId, point, "Status " + point);
        }
        service.sendFinalStatus(courseId, service.course(courseId).course().getVersion(), CourseResult.GOAL_NOT_REACHED,
                "Borgeren blev indlagt i tre uger; målet blev ikke nået.");
        assertThat(outcomes.ofCourse(courseId).orElseThrow().result()).isEqualTo(CourseResult.GOAL_NOT_REACHED);
    }

    @Test
    void aCourseCountsInEveryMonthItRanAndInTheMonthItFinishedWithItsResult() {
        long citizen = favrskovCitizen();
        long provider = fixture.provider("favrskov-hjemmepleje");
        actAs(favrskovStaff());
        long courseId = service.start(citizen, form(provider));
        YearMonth startMonth = YearMonth.from(start);
        assertThat(service.outcomesForMunicipality(fixture.municipalityId("0710"), startMonth))
                .anyMatch(o -> o.courseId() == courseId && o.result() == null);
        assertThat(service.outcomesForMunicipality(fixture.municipalityId("0710"), startMonth.minusMonths(1)))
                .noneMatch(o -> o.courseId() == courseId);
        assertThat(service.outcomesForMunicipality(fixture.municipalityId("0710"), YearMonth.now()))
                .anyMatch(o -> o.courseId() == courseId);

        actAs(CitizenFixture.providerUser(provider));
        assertThat(service.outcomesForProvider(provider, startMonth)).anyMatch(o -> o.courseId() == courseId);
        assertThat(service.providerCourses(org.springframework.data.domain.PageRequest.of(0, 500)))
                .anyMatch(d -> d.course().getId() == courseId);
    }

    @Test
    void othersAreRefused() {
        long citizen = favrskovCitizen();
        long provider = fixture.provider("favrskov-omsorgsgruppen-midt");
        long otherProvider = fixture.provider("favrskov-solsikken");
        actAs(favrskovStaff());
        long courseId = service.start(citizen, form(provider));

        // staff of another municipality, and municipal finance, cannot start or see the course
        actAs(CitizenFixture.staffUser(fixture.municipalityId("0621")));
        assertThatThrownBy(() -> service.start(citizen, form(provider))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.course(courseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.outcomesForMunicipality(fixture.municipalityId("0710"), YearMonth.now()))
                .isInstanceOf(AccessDeniedException.class);
        actAs(new PortalUser(990_001, "finance", "Finance", Role.MUNICIPAL_FINANCE, fixture.municipalityId("0710"), null, null, null,
                null, false));
        assertThatThrownBy(() -> service.start(citizen, form(provider))).isInstanceOf(AccessDeniedException.class);
        assertThat(service.outcomesForMunicipality(fixture.municipalityId("0710"), YearMonth.now())).isNotEmpty();

        // a provider without a course for the citizen, and a provider asking for another's figures
        actAs(CitizenFixture.providerUser(otherProvider));
        assertThatThrownBy(() -> service.course(courseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.recordStatus(courseId, StatusPoint.MIDWAY, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.outcomesForProvider(provider, YearMonth.now())).isInstanceOf(AccessDeniedException.class);

        // the citizen and a relative with a view power see it; a relative without a power does not
        actAs(CitizenFixture.citizenUser(citizen, fixture.municipalityId("0710")));
        assertThat(service.coursesOf(citizen)).hasSize(1);
        assertThatThrownBy(() -> service.recordStatus(courseId, StatusPoint.START, "x")).isInstanceOf(AccessDeniedException.class);
        long viewer = fixture.relative(null);
        fixture.powerOfAttorney(viewer, citizen, PowerOfAttorneyScope.VIEW);
        actAs(CitizenFixture.relativeUser(viewer));
        assertThat(service.coursesOf(citizen)).hasSize(1);
        actAs(CitizenFixture.relativeUser(fixture.relative(null)));
        assertThatThrownBy(() -> service.coursesOf(citizen)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputGetsAClearMessage() {
        long citizen = favrskovCitizen();
        actAs(favrskovStaff());
        long provider = fixture.provider("favrskov-omsorgsgruppen-midt");
        assertThatThrownBy(() -> service.start(citizen, new NewCourse(provider, " ", start, start.plusDays(1), start.plusDays(2))))
                .hasMessageContaining("rehab.error.goals");
        assertThatThrownBy(() -> service.start(citizen, new NewCourse(provider, "Mål", start, start, start.plusDays(2))))
                .hasMessageContaining("rehab.error.dates");
        // Nordlys has no agreement for rehabilitation
        assertThatThrownBy(() -> service.start(citizen, new NewCourse(fixture.provider("favrskov-nordlys"), "Mål", start,
                start.plusDays(1), start.plusDays(2)))).hasMessageContaining("rehab.error.provider");
        assertThatThrownBy(() -> service.start(citizen, new NewCourse(fixture.provider("kolding-fjordhjertet"), "Mål", start,
                start.plusDays(1), start.plusDays(2)))).hasMessageContaining("rehab.error.provider");
    }
}
