package dk.fritvalg.market;

import dk.fritvalg.municipality.ContractModel;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.notification.Notifications;
import dk.fritvalg.provider.ProviderAgreement;
import dk.fritvalg.provider.ProviderOrganisations;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.EmailAddress;
import dk.fritvalg.shared.Postcodes;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider organisation's side of the approval model: apply online in a municipality for one or more service
 * areas (postcodes, capacity, an answer to every requirement), attach evidence, answer the municipality's questions,
 * and follow the own applications. Every method works on the user's own organisation only.
 */
@Service
public class ProviderApplications {

    /** What the applicant fills in; {@code answers} by requirement id. */
    public record ApplicationForm(long municipalityId, Set<Long> serviceAreaIds, String postcodes, Integer capacity, String contactEmail,
                                  Map<Long, String> answers) {
    }

    public static final int MAX_ANSWER = 2000;
    public static final int MAX_FILES = 30;

    private final ApprovalApplicationRepository applications;
    private final ApprovalAnswerRepository answers;
    private final ApprovalRequirements requirements;
    private final ApplicationData data;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final ProviderOrganisations organisations;
    private final AccessGuard accessGuard;
    private final Notifications notifications;
    private final EvidenceScanner scanner;
    private final Clock clock;
    private final int maxFileBytes;
    private final Tenders tenders;

    ProviderApplications(ApprovalApplicationRepository applications, ApprovalAnswerRepository answers, ApprovalRequirements requirements,
                         ApplicationData data, MunicipalityService municipalities, ProviderService providers,
                         ProviderOrganisations organisations, AccessGuard accessGuard, Notifications notifications, EvidenceScanner scanner,
                         Clock clock, @Value("${fritvalg.market.evidence-max-bytes:5242880}") int maxFileBytes, Tenders tenders) {
        this.applications = applications;
        this.answers = answers;
        this.requirements = requirements;
        this.data = data;
        this.municipalities = municipalities;
        this.providers = providers;
        this.organisations = organisations;
        this.accessGuard = accessGuard;
        this.notifications = notifications;
        this.scanner = scanner;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
        this.tenders = tenders;
    }

    /** Public: the municipalities a provider can apply to, those on the portal that approve providers. */
    @Transactional(readOnly = true)
    public List<Municipality> municipalitiesOpenForApplications() {
        return municipalities.all().stream().filter(Municipality::isOnPortal)
                .filter(m -> m.settings().contractModel() == ContractModel.APPROVAL).toList();
    }

    /** The largest evidence file accepted, in bytes. */
    public int maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * Submits an application for the user's own organisation. Refused: a municipality under the tender model, an area
     * of another municipality, an area the organisation is already approved for or has an open application for, bad
     * postcodes, a capacity outside 1–100,000, a missing answer. The applicant is told the decision deadline by mail.
     */
    @Transactional
    public long apply(ApplicationForm form) {
        Access access = accessGuard.requireOwn(Permission.APPLY_FOR_APPROVAL);
        long organisationId = ((Target.Organisation) access.target()).organisationId();
        Municipality municipality = municipalities.byId(form.municipalityId()).filter(Municipality::isOnPortal)
                .orElseThrow(() -> new BusinessException("market.application.error.municipality"));
        if (municipality.settings().contractModel() != ContractModel.APPROVAL) {
            throw new BusinessException("market.application.error.tender-model", municipality.getName());
        }
        if (form.serviceAreaIds() == null || form.serviceAreaIds().isEmpty()) {
            throw new BusinessException("market.application.error.no-area");
        }
        List<ServiceArea> areas = form.serviceAreaIds().stream()
                .map(id -> municipalities.serviceArea(id).filter(a -> a.getMunicipalityId().equals(municipality.getId()))
                        .orElseThrow(() -> new BusinessException("market.error.no-area")))
                .toList();
        Set<Long> alreadyApproved = organisations.presenceIn(organisationId, municipality.getId())
                .map(p -> providers.agreements(p.getId()).stream().filter(a -> a.getValidTo() == null || !a.getValidTo().isBefore(data.today()))
                        .map(ProviderAgreement::getServiceAreaId).collect(java.util.stream.Collectors.toSet()))
                .orElse(Set.of());
        for (ServiceArea area : areas) {
            // An area the municipality has put under the tender model takes providers by tender only.
            if (tenders.regimeOn(area.getId(), data.today()) == ContractModel.TENDER) {
                throw new BusinessException("market.application.error.area-tendered", area.getName());
            }
            if (alreadyApproved.contains(area.getId())) {
                throw new BusinessException("market.application.error.already-approved", area.getName());
            }
        }
        for (ApprovalApplication open : applications.findByOrganisationIdAndMunicipalityId(organisationId, municipality.getId())) {
            if (open.getStatus().open() && open.getServiceAreaIds().stream().anyMatch(form.serviceAreaIds()::contains)) {
                throw new BusinessException("market.application.error.already-open");
            }
        }
        Set<String> postcodes = postcodes(form.postcodes());
        if (form.capacity() == null || form.capacity() < 1 || form.capacity() > 100_000) {
            throw new BusinessException("market.application.error.capacity", 1, 100_000);
        }
        String email = form.contactEmail() == null ? "" : form.contactEmail().strip();
        if (!EmailAddress.isValid(email)) {
            throw new BusinessException("market.application.error.email");
        }
        Map<Long, String> given = form.answers() == null ? Map.of() : form.answers();
        Map<Long, String> checked = new HashMap<>();
        for (ServiceArea area : areas) {
            for (ApprovalRequirement requirement : requirements.active(area.getId())) {
                String answer = given.getOrDefault(requirement.getId(), "");
                answer = answer == null ? "" : answer.strip();
                if (answer.isEmpty()) {
                    throw new BusinessException("market.application.error.answer-missing", area.getName());
                }
                if (answer.length() > MAX_ANSWER) {
                    throw new BusinessException("market.application.error.answer-too-long", MAX_ANSWER);
                }
                checked.put(requirement.getId(), answer);
            }
        }
        int days = requirements.decisionDays(municipality.getId());
        ApprovalApplication application = applications.saveAndFlush(new ApprovalApplication(organisationId, municipality.getId(),
                new TreeSet<>(form.serviceAreaIds()), form.capacity(), postcodes, email, access.user().id(), clock.instant(),
                data.today().plusDays(days)));
        checked.forEach((requirementId, answer) -> answers.save(new ApprovalAnswer(application.getId(), requirementId, answer)));
        String organisation = data.organisationName(application);
        String areaNames = data.areaNames(application);
        access.record(AuditEvent.APPLICATION_SUBMITTED, organisation, municipality.getName(), areaNames);
        notifications.send(email, "application-received", "application-" + application.getId() + "-received", organisation,
                municipality.getName(), areaNames, MarketTexts.date(application.getDecisionDue()));
        return application.getId();
    }

    /** Attaches a PDF or image as evidence, to the application or one of its requirements, while it is being handled. */
    @Transactional
    public void attach(long applicationId, Long requirementId, String fileName, byte[] content) {
        ApprovalApplication application = data.load(applicationId);
        Access access = accessGuard.require(Permission.APPLY_FOR_APPROVAL, Target.organisation(application.getOrganisationId()));
        application.requireOpenForChanges();
        if (requirementId != null && answers.findByApplicationIdAndRequirementId(applicationId, requirementId).isEmpty()) {
            throw new BusinessException("market.requirement.error.not-found");
        }
        if (data.evidenceCount(applicationId) >= MAX_FILES) {
            throw new BusinessException("market.evidence.error.too-many", MAX_FILES);
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            name = "bilag";
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        if (content == null || content.length == 0) {
            throw new BusinessException("market.evidence.error.empty");
        }
        if (content.length > maxFileBytes) {
            throw new BusinessException("market.evidence.error.too-large", maxFileBytes / (1024 * 1024));
        }
        String type = EvidenceTypes.detect(content).orElseThrow(() -> new BusinessException("market.evidence.error.type"));
        if (scanner.scan(name, content) != EvidenceScanner.Result.CLEAN) {
            throw new BusinessException("market.evidence.error.infected");
        }
        data.addEvidence(applicationId, requirementId, name, type, content, EvidenceScanner.Result.CLEAN.name(), access.user().id());
    }

    /** The applicant answers the municipality's question; the application goes back to the staff's queue. */
    @Transactional
    public void answerQuestion(long applicationId, String text) {
        ApprovalApplication application = data.load(applicationId);
        Access access = accessGuard.require(Permission.APPLY_FOR_APPROVAL, Target.organisation(application.getOrganisationId()));
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty()) {
            throw new BusinessException("market.application.error.reply-missing");
        }
        if (answer.length() > MAX_ANSWER) {
            throw new BusinessException("market.application.error.answer-too-long", MAX_ANSWER);
        }
        application.informationGiven();
        applications.saveAndFlush(application);
        data.addMessage(applicationId, false, answer, access.user().id(), access.user().displayName());
        access.record(AuditEvent.APPLICATION_ANSWERED, data.organisationName(application));
    }

    /** The own organisation's applications, newest first. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> own(int offset, int limit) {
        long organisationId = ownOrganisation(Permission.VIEW_OWN_APPLICATIONS);
        return applications.findByOrganisationIdOrderBySubmittedAtDesc(organisationId, page(offset, limit)).stream()
                .map(data::summary).toList();
    }

    @Transactional(readOnly = true)
    public int countOwn() {
        return (int) applications.countByOrganisationId(ownOrganisation(Permission.VIEW_OWN_APPLICATIONS));
    }

    /** One of the own organisation's applications in full. */
    @Transactional(readOnly = true)
    public ApplicationDetails ownApplication(long applicationId) {
        ApprovalApplication application = data.load(applicationId);
        accessGuard.require(Permission.VIEW_OWN_APPLICATIONS, Target.organisation(application.getOrganisationId()));
        return data.details(application);
    }

    private long ownOrganisation(Permission permission) {
        return ((Target.Organisation) accessGuard.requireOwn(permission).target()).organisationId();
    }

    /** Postcodes written with commas or spaces; each a Danish postcode, at least one, at most 200. */
    static Set<String> postcodes(String text) {
        Set<String> postcodes = new LinkedHashSet<>();
        for (String code : Arrays.stream((text == null ? "" : text).split("[,;\\s]+")).filter(s -> !s.isBlank()).toList()) {
            if (!Postcodes.isValid(code)) {
                throw new BusinessException("market.application.error.postcode", code);
            }
            postcodes.add(code);
        }
        if (postcodes.isEmpty()) {
            throw new BusinessException("market.application.error.no-postcode");
        }
        if (postcodes.size() > 200) {
            throw new BusinessException("market.application.error.too-many-postcodes", 200);
        }
        return postcodes;
    }

    /** A lazy grid asks for pages: offsets are multiples of the page size. */
    static PageRequest page(int offset, int limit) {
        int size = Math.max(limit, 1);
        return PageRequest.of(offset / size, size);
    }
}
