package dk.fritvalg.market;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.ProviderOrganisation;
import dk.fritvalg.provider.ProviderOrganisations;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The parts of an application both sides read and write: summaries and details, the evidence files and the messages.
 * No checks here; {@link ProviderApplications} and {@link ApplicationReview} check who may first.
 */
@Component
class ApplicationData {

    private final ApprovalApplicationRepository applications;
    private final ApprovalAnswerRepository answers;
    private final ApprovalRequirementRepository requirements;
    private final MunicipalityService municipalities;
    private final ProviderOrganisations organisations;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ApplicationData(ApprovalApplicationRepository applications, ApprovalAnswerRepository answers,
                    ApprovalRequirementRepository requirements, MunicipalityService municipalities, ProviderOrganisations organisations,
                    JdbcTemplate jdbc, Clock clock) {
        this.applications = applications;
        this.answers = answers;
        this.requirements = requirements;
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ApprovalApplication load(long applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new BusinessException("market.application.error.not-found"));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME));
    }

    String areaNames(ApprovalApplication application) {
        return String.join(", ", areas(application));
    }

    private List<String> areas(ApprovalApplication application) {
        return application.getServiceAreaIds().stream().map(municipalities::serviceArea)
                .flatMap(java.util.Optional::stream).sorted(Comparator.comparing(ServiceArea::getKind)).map(ServiceArea::getName).toList();
    }

    String organisationName(ApprovalApplication application) {
        return organisations.byId(application.getOrganisationId()).map(ProviderOrganisation::getName).orElse("");
    }

    ApplicationSummary summary(ApprovalApplication a) {
        ProviderOrganisation organisation = organisations.byId(a.getOrganisationId()).orElseThrow();
        return new ApplicationSummary(a.getId(), a.getOrganisationId(), organisation.getName(), organisation.getCvr(), a.getMunicipalityId(),
                municipalities.byId(a.getMunicipalityId()).map(m -> m.getName()).orElse(""), areas(a), a.getStatus(), a.getSubmittedAt(),
                a.getDecisionDue(), a.overdueOn(today()));
    }

    ApplicationDetails details(ApprovalApplication a) {
        Map<Long, ApprovalRequirement> byId = requirements.findAllById(
                answers.findByApplicationIdOrderById(a.getId()).stream().map(ApprovalAnswer::getRequirementId).toList()).stream()
                .collect(Collectors.toMap(ApprovalRequirement::getId, Function.identity()));
        Map<Long, String> areaNames = a.getServiceAreaIds().stream().collect(Collectors.toMap(Function.identity(),
                id -> municipalities.serviceArea(id).map(ServiceArea::getName).orElse("")));
        List<ApplicationDetails.AnswerRow> rows = answers.findByApplicationIdOrderById(a.getId()).stream().map(answer -> {
            ApprovalRequirement r = byId.get(answer.getRequirementId());
            Requirement view = r.toView();
            return new ApplicationDetails.AnswerRow(view.id(), areaNames.getOrDefault(view.serviceAreaId(), ""), view.kind(), view.text(),
                    view.evidenceRequired(), answer.getAnswer(), answer.getAssessment(), answer.getAssessmentComment());
        }).toList();
        List<ApplicationDetails.EvidenceRow> evidence = jdbc.query("""
                SELECT id, requirement_id, file_name, content_type, size_bytes FROM approval_evidence WHERE application_id = ? ORDER BY id""",
                (rs, i) -> new ApplicationDetails.EvidenceRow(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3),
                        rs.getString(4), rs.getInt(5)), a.getId());
        List<ApplicationDetails.MessageRow> messages = jdbc.query("""
                SELECT from_municipality, text, written_at, written_by_name FROM approval_message WHERE application_id = ?
                ORDER BY written_at, id""",
                (rs, i) -> new ApplicationDetails.MessageRow(rs.getBoolean(1), rs.getString(2), utc(rs.getObject(3, java.time.LocalDateTime.class)),
                        rs.getString(4)), a.getId());
        return new ApplicationDetails(summary(a), a.getCapacity(), a.postcodes(), a.getContactEmail(), rows, evidence, messages,
                a.getDecidedByName(), a.getDecidedAt(), a.getDecisionReason(), a.getStartDate());
    }

    void addMessage(long applicationId, boolean fromMunicipality, String text, long userId, String userName) {
        jdbc.update("""
                INSERT INTO approval_message (application_id, from_municipality, text, written_at, written_by_user_id, written_by_name)
                VALUES (?, ?, ?, ?, ?, ?)""", applicationId, fromMunicipality, text,
                java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), userId, userName);
    }

    void addEvidence(long applicationId, Long requirementId, String fileName, String contentType, byte[] content, String scanResult,
                     long userId) {
        jdbc.update("""
                INSERT INTO approval_evidence (application_id, requirement_id, file_name, content_type, size_bytes, content, scan_result,
                                               uploaded_at, uploaded_by_user_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", applicationId, requirementId, fileName, contentType, content.length, content, scanResult,
                java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), userId);
    }

    int evidenceCount(long applicationId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM approval_evidence WHERE application_id = ?", Integer.class, applicationId);
    }

    /** One evidence file with the application it belongs to (for the check of who may open it). */
    record StoredEvidence(long applicationId, String fileName, String contentType, byte[] content) {
    }

    java.util.Optional<StoredEvidence> evidence(long evidenceId) {
        return jdbc.query("SELECT application_id, file_name, content_type, content FROM approval_evidence WHERE id = ?",
                (rs, i) -> new StoredEvidence(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)), evidenceId).stream().findFirst();
    }

    private static Instant utc(java.time.LocalDateTime value) {
        return value.toInstant(java.time.ZoneOffset.UTC);
    }
}
