package dk.fritvalg.rehabilitation;

import dk.fritvalg.citizen.Citizen;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.RehabilitationModel;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Relation;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API of rehabilitation courses: needs assessment starts a course, the municipal therapist and the
 * provider record the status at the follow-up points as the municipality's collaboration model says
 * ({@link CourseParty#mayRecord}), the final status with the result goes to needs assessment, which confirms
 * receipt. Every method checks the permission for the citizen, municipality or provider it concerns.
 */
@Service
public class RehabilitationService {

    /** What needs assessment enters to start a course. */
    public record NewCourse(Long providerId, String goals, LocalDate startDate, LocalDate midwayDate, LocalDate endDate) {
    }

    /** A course with its provider's name and the status recorded so far, in point order. */
    public record CourseDetails(RehabilitationCourse course, String providerName, List<CourseStatusEntry> statusPoints) {

        public boolean has(StatusPoint point) {
            return statusPoints.stream().anyMatch(s -> s.getPoint() == point);
        }

        /** Follow-up points whose planned date has come without a status. */
        public Set<StatusPoint> overdue(LocalDate today) {
            return EnumSet.allOf(StatusPoint.class).stream()
                    .filter(p -> !has(p) && !course.plannedDate(p).isAfter(today))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(StatusPoint.class)));
        }
    }

    private final RehabilitationCourseRepository courses;
    private final CourseStatusEntryRepository statusEntries;
    private final RehabilitationOutcomes outcomes;
    private final CitizenService citizens;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final AccessGuard accessGuard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RehabilitationService(RehabilitationCourseRepository courses, CourseStatusEntryRepository statusEntries,
                          RehabilitationOutcomes outcomes, CitizenService citizens, MunicipalityService municipalities,
                          ProviderService providers, AccessGuard accessGuard, ApplicationEventPublisher events, Clock clock) {
        this.courses = courses;
        this.statusEntries = statusEntries;
        this.outcomes = outcomes;
        this.citizens = citizens;
        this.municipalities = municipalities;
        this.providers = providers;
        this.accessGuard = accessGuard;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Needs assessment starts a course with a provider that may deliver rehabilitation in the municipality on
     * the start date. Under the PART and SELECTED models the staff member starting it is the course's therapist.
     */
    @Transactional
    public long start(long citizenId, NewCourse form) {
        Access access = accessGuard.require(Permission.START_REHABILITATION_COURSE, Target.citizen(citizenId));
        String goals = text(form.goals(), "rehab.error.goals");
        if (form.startDate() == null || form.midwayDate() == null || form.endDate() == null
                || !form.startDate().isBefore(form.midwayDate()) || !form.midwayDate().isBefore(form.endDate())) {
            throw new BusinessException("rehab.error.dates");
        }
        Citizen citizen = citizens.overview(citizenId).citizen();
        Municipality municipality = municipalities.byId(citizen.getMunicipalityId()).orElseThrow();
        RehabilitationModel model = municipality.settings().rehabilitationModel();
        if (model == null) {
            throw new BusinessException("rehab.error.no-model");
        }
        ServiceArea area = municipalities.serviceArea(municipality.getId(), ServiceAreaKind.REHABILITATION)
                .orElseThrow(() -> new BusinessException("rehab.error.no-area"));
        Provider provider = form.providerId() == null ? null : providers.selectable(municipality.getId(), area.getId(), form.startDate())
                .stream().filter(p -> p.getId().equals(form.providerId())).findFirst().orElse(null);
        if (provider == null) {
            throw new BusinessException("rehab.error.provider");
        }
        boolean therapistLeads = model != RehabilitationModel.WHOLE;
        RehabilitationCourse course = courses.save(new RehabilitationCourse(municipality.getId(), citizenId, citizen.fullName(),
                provider.getId(), model, therapistLeads ? access.user().id() : null, therapistLeads ? access.user().displayName() : null,
                goals, form.startDate(), form.midwayDate(), form.endDate(), access.user().id(), clock.instant()));
        access.record(AuditEvent.REHABILITATION_COURSE_STARTED, provider.getName(), form.startDate(), form.endDate());
        return course.getId();
    }

    /** Records the status at a follow-up point; points come in order, each once, by the party the model names. */
    @Transactional
    public void recordStatus(long courseId, StatusPoint point, String note) {
        RehabilitationCourse course = find(courseId);
        Access access = accessGuard.require(Permission.RECORD_COURSE_STATUS, Target.citizen(course.getCitizenId()));
        CourseParty party = partyOf(access, course);
        if (!CourseParty.mayRecord(party, point, course.getModel())) {
            throw new BusinessException("rehab.error.not-your-point." + party);
        }
        if (course.getStatus() != CourseStatus.ACTIVE) {
            throw new BusinessException("rehab.error.already-finished");
        }
        String text = text(note, "rehab.error.note");
        List<CourseStatusEntry> recorded = statusEntries.findByCourseIdOrderByRecordedAt(courseId);
        if (recorded.stream().anyMatch(s -> s.getPoint() == point)) {
            throw new BusinessException("rehab.error.point-recorded");
        }
        if (point != StatusPoint.START && recorded.stream().noneMatch(s -> s.getPoint().ordinal() == point.ordinal() - 1)) {
            throw new BusinessException("rehab.error.previous-point");
        }
        try {
            statusEntries.saveAndFlush(new CourseStatusEntry(courseId, point, text, access.user().id(), access.user().displayName(),
                    party, clock.instant()));
        } catch (DataIntegrityViolationException simultaneous) {
            throw new BusinessException("rehab.error.point-recorded");
        }
        access.record(AuditEvent.COURSE_STATUS_RECORDED, point.name(), providerName(course.getProviderId()));
    }

    /**
     * Sends the final status with the result to needs assessment, by the party that closes the course, after the
     * end status is recorded. Publishes {@link RehabilitationCourseFinished} for settlement.
     */
    @Transactional
    public void sendFinalStatus(long courseId, long expectedVersion, CourseResult result, String text) {
        RehabilitationCourse course = find(courseId);
        Access access = accessGuard.require(Permission.RECORD_COURSE_STATUS, Target.citizen(course.getCitizenId()));
        CourseParty party = partyOf(access, course);
        if (!CourseParty.mayRecord(party, StatusPoint.END, course.getModel())) {
            throw new BusinessException("rehab.error.not-your-point." + party);
        }
        if (course.getVersion() != expectedVersion) {
            throw new BusinessException("rehab.error.concurrent");
        }
        if (result == null) {
            throw new BusinessException("rehab.error.result");
        }
        String finalText = text(text, "rehab.error.final-status");
        if (statusEntries.findByCourseIdOrderByRecordedAt(courseId).stream().noneMatch(s -> s.getPoint() == StatusPoint.END)) {
            throw new BusinessException("rehab.error.end-first");
        }
        LocalDate today = LocalDate.now(clock);
        course.finish(result, finalText, today, access.user().id(), access.user().displayName(), clock.instant());
        try {
            courses.saveAndFlush(course);
        } catch (ObjectOptimisticLockingFailureException simultaneous) {
            throw new BusinessException("rehab.error.concurrent");
        }
        events.publishEvent(new RehabilitationCourseFinished(course.getId(), course.getMunicipalityId(), course.getProviderId(),
                course.getCitizenId(), result, today));
        access.record(AuditEvent.COURSE_FINAL_STATUS_SENT, result.name(), providerName(course.getProviderId()));
    }

    /** Needs assessment confirms it received the final status (the receipt the follow-up relies on). */
    @Transactional
    public void acknowledgeFinalStatus(long courseId) {
        RehabilitationCourse course = find(courseId);
        Access access = accessGuard.require(Permission.RECEIVE_FINAL_STATUS, Target.citizen(course.getCitizenId()));
        course.acknowledge(access.user().id(), access.user().displayName(), clock.instant());
        try {
            courses.saveAndFlush(course);
        } catch (ObjectOptimisticLockingFailureException simultaneous) {
            throw new BusinessException("rehab.error.already-received");
        }
        access.record(AuditEvent.COURSE_FINAL_STATUS_RECEIVED, course.getResult().name(), providerName(course.getProviderId()));
    }

    /** One course; a provider sees only its own. */
    @Transactional(readOnly = true)
    public CourseDetails course(long courseId) {
        RehabilitationCourse course = find(courseId);
        Access access = accessGuard.require(Permission.VIEW_REHABILITATION_COURSE, Target.citizen(course.getCitizenId()));
        partyOf(access, course); // refuses another provider
        return details(course);
    }

    /** A citizen's courses, newest first; a provider sees only the ones it runs. */
    @Transactional(readOnly = true)
    public List<CourseDetails> coursesOf(long citizenId) {
        Access access = accessGuard.require(Permission.VIEW_REHABILITATION_COURSE, Target.citizen(citizenId));
        return courses.findByCitizenIdOrderByStartDateDesc(citizenId).stream()
                .filter(c -> access.relation() != Relation.COURSE_PROVIDER_STAFF || c.getProviderId() == access.user().providerId())
                .map(this::details).toList();
    }

    /** Staff: the municipality's courses, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public List<CourseDetails> municipalityCourses(Pageable page) {
        Access access = accessGuard.requireOwn(Permission.VIEW_REHABILITATION_OVERVIEW);
        List<CourseDetails> list = detailsOf(courses.findByMunicipalityIdOrderByStartDateDesc(access.user().municipalityId(), page)
                .getContent());
        access.recordLooks(list.stream().map(d -> d.course().getCitizenId()).toList());
        return list;
    }

    /** A provider's own courses, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public List<CourseDetails> providerCourses(Pageable page) {
        Access access = accessGuard.requireOwn(Permission.VIEW_PROVIDER_REHABILITATION);
        List<CourseDetails> list = detailsOf(courses.findByProviderIdOrderByStartDateDesc(access.user().providerId(), page).getContent());
        access.recordLooks(list.stream().map(d -> d.course().getCitizenId()).toList());
        return list;
    }

    /** The municipality's courses active in a month with their results (see {@link RehabilitationOutcomes}). */
    @Transactional(readOnly = true)
    public List<CourseOutcome> outcomesForMunicipality(long municipalityId, YearMonth month) {
        accessGuard.require(Permission.VIEW_REHABILITATION_OUTCOMES, Target.municipality(municipalityId));
        return outcomes.forMunicipality(municipalityId, month);
    }

    /** A provider's own courses active in a month with their results. */
    @Transactional(readOnly = true)
    public List<CourseOutcome> outcomesForProvider(long providerId, YearMonth month) {
        accessGuard.require(Permission.VIEW_PROVIDER_REHABILITATION, Target.provider(providerId));
        return outcomes.forProvider(providerId, month);
    }

    /** The course, or a plain "not found" for an id that does not exist. */
    RehabilitationCourse find(long courseId) {
        return courses.findById(courseId).orElseThrow(() -> new BusinessException("rehab.error.not-found"));
    }

    /**
     * The party the user acts for on this course. The guard has checked the relation to the citizen; a provider
     * must also be this course's provider (a citizen may have had courses with several).
     */
    CourseParty partyOf(Access access, RehabilitationCourse course) {
        if (access.relation() == Relation.COURSE_PROVIDER_STAFF) {
            if (course.getProviderId() != access.user().providerId()) {
                throw accessGuard.deny(access.permission(), "course " + course.getId());
            }
            return CourseParty.PROVIDER;
        }
        return CourseParty.MUNICIPALITY;
    }

    private List<CourseDetails> detailsOf(List<RehabilitationCourse> list) {
        var byCourse = statusEntries.findByCourseIdIn(list.stream().map(RehabilitationCourse::getId).toList()).stream()
                .collect(Collectors.groupingBy(CourseStatusEntry::getCourseId));
        Map<Long, String> names = new HashMap<>();
        return list.stream().map(c -> new CourseDetails(c, names.computeIfAbsent(c.getProviderId(), this::providerName),
                sorted(byCourse.getOrDefault(c.getId(), List.of())))).toList();
    }

    private CourseDetails details(RehabilitationCourse course) {
        return new CourseDetails(course, providerName(course.getProviderId()),
                sorted(statusEntries.findByCourseIdOrderByRecordedAt(course.getId())));
    }

    private static List<CourseStatusEntry> sorted(List<CourseStatusEntry> entries) {
        return entries.stream().sorted(java.util.Comparator.comparing(CourseStatusEntry::getPoint)).toList();
    }

    String providerName(long providerId) {
        return providers.byId(providerId).map(Provider::getName).orElse("");
    }

    private static String text(String value, String errorKey) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(errorKey);
        }
        String stripped = value.strip();
        if (stripped.length() > RehabilitationCourse.MAX_TEXT) {
            throw new BusinessException("rehab.error.too-long", RehabilitationCourse.MAX_TEXT);
        }
        return stripped;
    }
}
