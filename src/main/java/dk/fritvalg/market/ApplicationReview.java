package dk.fritvalg.market;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.notification.Notifications;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procurement office's side of the approval model: the applications of its own municipality (the overdue ones
 * first), the assessment of each requirement, questions to the applicant, and the decision. Approval creates the
 * organisation's provider in the municipality with an agreement per area from the start date, so citizens can choose
 * it from that day. Every step is in the audit trail; the applicant is told by mail through the outbox.
 */
@Service
public class ApplicationReview {

    public static final int MAX_TEXT = 1000;

    private final ApprovalApplicationRepository applications;
    private final ApprovalAnswerRepository answers;
    private final ApprovalRequirementRepository requirements;
    private final ApplicationData data;
    private final MunicipalityService municipalities;
    private final ProviderRegistry registry;
    private final AccessGuard accessGuard;
    private final Notifications notifications;
    private final Clock clock;

    ApplicationReview(ApprovalApplicationRepository applications, ApprovalAnswerRepository answers,
                      ApprovalRequirementRepository requirements, ApplicationData data,
                      MunicipalityService municipalities, ProviderRegistry registry, AccessGuard accessGuard, Notifications notifications,
                      Clock clock) {
        this.applications = applications;
        this.answers = answers;
        this.requirements = requirements;
        this.data = data;
        this.municipalities = municipalities;
        this.registry = registry;
        this.accessGuard = accessGuard;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The own municipality's applications, by decision deadline; optionally one status, or only those past the deadline. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> search(ApplicationStatus status, boolean overdueOnly, int offset, int limit) {
        long municipalityId = ownMunicipality();
        return applications.search(municipalityId, status, overdueOnly ? data.today() : null, ProviderApplications.page(offset, limit))
                .stream().map(data::summary).toList();
    }

    @Transactional(readOnly = true)
    public int count(ApplicationStatus status, boolean overdueOnly) {
        return (int) applications.countSearch(ownMunicipality(), status, overdueOnly ? data.today() : null);
    }

    /** One application of the own municipality in full. */
    @Transactional(readOnly = true)
    public ApplicationDetails details(long applicationId) {
        ApprovalApplication application = data.load(applicationId);
        accessGuard.require(Permission.VIEW_MARKET, Target.municipality(application.getMunicipalityId()));
        return data.details(application);
    }

    /** Assesses one requirement as met or not, with a comment (required when not met). */
    @Transactional
    public void assess(long applicationId, long requirementId, Assessment assessment, String comment) {
        ApprovalApplication application = data.load(applicationId);
        Access access = accessGuard.require(Permission.DECIDE_APPLICATIONS, Target.municipality(application.getMunicipalityId()));
        application.requireOpenForChanges();
        ApprovalAnswer answer = answers.findByApplicationIdAndRequirementId(applicationId, requirementId)
                .orElseThrow(() -> new BusinessException("market.requirement.error.not-found"));
        if (assessment == null) {
            throw new BusinessException("market.assessment.error.choose");
        }
        String why = text(comment);
        if (assessment == Assessment.NOT_MET && why == null) {
            throw new BusinessException("market.assessment.error.comment");
        }
        answer.assess(assessment, why, access.user().id(), clock.instant());
        answers.saveAndFlush(answer);
        access.record(AuditEvent.REQUIREMENT_ASSESSED, data.organisationName(application),
                requirements.findById(requirementId).map(ApprovalRequirement::getText).orElse(""), assessment, why == null ? "" : why);
    }

    /** Asks the applicant for more information; the applicant is told by mail and sees the question on the own page. */
    @Transactional
    public void requestInformation(long applicationId, String question) {
        ApprovalApplication application = data.load(applicationId);
        Access access = accessGuard.require(Permission.DECIDE_APPLICATIONS, Target.municipality(application.getMunicipalityId()));
        String text = text(question);
        if (text == null) {
            throw new BusinessException("market.application.error.question-missing");
        }
        application.requestInformation();
        applications.saveAndFlush(application);
        data.addMessage(applicationId, true, text, access.user().id(), access.user().displayName());
        String organisation = data.organisationName(application);
        String municipality = municipalityName(application);
        access.record(AuditEvent.APPLICATION_INFORMATION_REQUESTED, organisation, text);
        notifications.send(application.getContactEmail(), "application-question",
                "application-" + applicationId + "-question-" + clock.millis(), organisation, municipality, text);
    }

    /**
     * Approves the application from a start date (today or later) once every requirement is assessed as met: the
     * organisation gets its provider in the municipality with the postcodes applied for, and an approval agreement per
     * area with the capacity applied for, so citizens can choose it from the start date. Returns the provider's id.
     */
    @Transactional
    public long approve(long applicationId, LocalDate start) {
        ApprovalApplication application = data.load(applicationId);
        Access access = accessGuard.require(Permission.DECIDE_APPLICATIONS, Target.municipality(application.getMunicipalityId()));
        application.requireOpenForChanges();
        if (start == null || start.isBefore(data.today())) {
            throw new BusinessException("market.application.error.start-date");
        }
        if (!data.details(application).allMet()) {
            throw new BusinessException("market.application.error.not-all-met");
        }
        long providerId = registry.presenceIn(application.getOrganisationId(), application.getMunicipalityId(), ProviderType.PRIVATE,
                application.postcodes());
        for (long areaId : application.getServiceAreaIds()) {
            registry.agree(providerId, areaId, AgreementModel.APPROVAL, start, null, application.getCapacity(), null, null);
        }
        application.approve(start, providerId, access.user().id(), access.user().displayName(), clock.instant());
        applications.saveAndFlush(application);
        String organisation = data.organisationName(application);
        String areas = data.areaNames(application);
        access.record(AuditEvent.APPLICATION_APPROVED, organisation, areas, start);
        notifications.send(application.getContactEmail(), "application-approved", "application-" + applicationId + "-approved",
                organisation, municipalityName(application), areas, MarketTexts.date(start));
        return providerId;
    }

    /** Rejects the application with a reason the applicant is told. */
    @Transactional
    public void reject(long applicationId, String reason) {
        ApprovalApplication application = data.load(applicationId);
        Access access = accessGuard.require(Permission.DECIDE_APPLICATIONS, Target.municipality(application.getMunicipalityId()));
        String why = text(reason);
        if (why == null) {
            throw new BusinessException("market.error.reason-required");
        }
        application.reject(why, access.user().id(), access.user().displayName(), clock.instant());
        applications.saveAndFlush(application);
        String organisation = data.organisationName(application);
        access.record(AuditEvent.APPLICATION_REJECTED, organisation, why);
        notifications.send(application.getContactEmail(), "application-rejected", "application-" + applicationId + "-rejected",
                organisation, municipalityName(application), data.areaNames(application), why);
    }

    /** An evidence file, for the municipality's staff or the applicant's own organisation. */
    @Transactional(readOnly = true)
    public EvidenceFile evidence(long evidenceId) {
        ApplicationData.StoredEvidence stored = data.evidence(evidenceId)
                .orElseThrow(() -> new BusinessException("market.evidence.error.not-found"));
        ApprovalApplication application = data.load(stored.applicationId());
        if (!accessGuard.allows(Permission.VIEW_MARKET, Target.municipality(application.getMunicipalityId()))) {
            accessGuard.require(Permission.VIEW_OWN_APPLICATIONS, Target.organisation(application.getOrganisationId()));
        }
        return new EvidenceFile(stored.fileName(), stored.contentType(), stored.content());
    }

    /** An evidence file's name, type and content. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    private long ownMunicipality() {
        return ((Target.Municipality) accessGuard.requireOwn(Permission.VIEW_MARKET).target()).municipalityId();
    }

    private String municipalityName(ApprovalApplication application) {
        return municipalities.byId(application.getMunicipalityId()).map(m -> m.getName()).orElse("");
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > MAX_TEXT) {
            throw new BusinessException("market.error.text-too-long", MAX_TEXT);
        }
        return text;
    }
}
