package dk.fritvalg.citizen;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import dk.fritvalg.shared.jobs.JobLocks;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.MunicipalitySettings;
import dk.fritvalg.municipality.RehabilitationModel;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.municipality.SwitchApproval;
import dk.fritvalg.notification.Notifications;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderAgreement;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.AuditTrail;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Relation;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Choosing and switching provider: what a citizen may pick, when it takes effect, the municipality's
 * approval, cancelling, and the scheduled job that carries switches out. Citizens and relatives with an
 * act power of attorney request; staff of the citizen's municipality approve or reject.
 */
@Service
public class SwitchService {

    private static final Logger log = LoggerFactory.getLogger(SwitchService.class);
    /** The size of the reason column, and the limit the form shows. */
    public static final int REASON_LENGTH = 1000;
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", Locale.of("da", "DK"));
    private static final Set<ServiceAreaKind> SEL_83_AREAS = EnumSet.of(ServiceAreaKind.PERSONAL_CARE,
            ServiceAreaKind.PRACTICAL_HELP, ServiceAreaKind.INTEGRATED_CARE);

    /** A provider the citizen may pick. {@code proposed}: suggested for continuity of a rehabilitation course. */
    public record Option(long providerId, String name, ProviderType type, boolean proposed) {
    }

    /** Everything the citizen needs to see before confirming. */
    public record Plan(long citizenId, String citizenName, ServiceArea area, Long currentProviderId, String currentProviderName,
                       boolean firstChoice, LocalDate effectiveDate, boolean needsApproval, List<Option> options,
                       Optional<Option> defaultProvider, LocalDate defaultFrom, Optional<Option> proposed,
                       RehabilitationModel rehabilitationModel, Optional<SwitchRequest> openRequest) {
    }

    /** One row of the staff queue. */
    public record QueueRow(long requestId, String citizenName, String area, String fromProvider, String toProvider,
                           LocalDate effectiveDate, Instant requestedAt, boolean byRelative) {
    }

    private final CitizenService citizens;
    private final CitizenRegistry registry;
    private final SwitchRequestRepository requests;
    private final ProviderChoiceRepository choices;
    private final GrantRepository grants;
    private final PowerOfAttorneyRepository powers;
    private final RelativeRepository relatives;
    private final CitizenRepository citizenRepository;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final Notifications notifications;
    private final AccessGuard accessGuard;
    private final AuditTrail auditTrail;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final int defaultAfterDays;

    SwitchService(CitizenService citizens, CitizenRegistry registry, SwitchRequestRepository requests,
                  ProviderChoiceRepository choices, GrantRepository grants, PowerOfAttorneyRepository powers,
                  RelativeRepository relatives, CitizenRepository citizenRepository, MunicipalityService municipalities,
                  ProviderService providers, Notifications notifications, AccessGuard accessGuard,
                  AuditTrail auditTrail, PlatformTransactionManager transactionManager, Clock clock,
                  @Value("${fritvalg.switch.default-after-days:30}") int defaultAfterDays) {
        this.defaultAfterDays = defaultAfterDays;
        this.citizens = citizens;
        this.registry = registry;
        this.requests = requests;
        this.choices = choices;
        this.grants = grants;
        this.powers = powers;
        this.relatives = relatives;
        this.citizenRepository = citizenRepository;
        this.municipalities = municipalities;
        this.providers = providers;
        this.notifications = notifications;
        this.accessGuard = accessGuard;
        this.auditTrail = auditTrail;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What the citizen can choose in an area, and when a choice would take effect. */
    @Transactional(readOnly = true)
    public Plan plan(long citizenId, long serviceAreaId) {
        Citizen citizen = citizens.requireAccess(Permission.SWITCH_PROVIDER, citizenId);
        return plan(citizen, serviceAreaId, clock.instant());
    }

    /**
     * Requests a provider for an area. Refused with a reason when the provider is not one the citizen
     * may pick, or when a request for the area is already open (also when two arrive at once).
     */
    @Transactional
    public SwitchRequest request(long citizenId, long serviceAreaId, long providerId) {
        Access access = citizens.requireFor(Permission.SWITCH_PROVIDER, citizenId);
        Citizen citizen = citizenRepository.findById(citizenId).orElseThrow();
        PortalUser user = access.user();
        Instant now = clock.instant();
        Plan plan = plan(citizen, serviceAreaId, now);
        if (plan.openRequest().isPresent()) {
            throw new BusinessException("switch.error.already-open");
        }
        if (plan.options().stream().noneMatch(o -> o.providerId() == providerId)) {
            throw new BusinessException(refusal(citizen, plan, providerId));
        }
        SwitchStatus status = plan.needsApproval() ? SwitchStatus.PENDING_APPROVAL : SwitchStatus.SCHEDULED;
        SwitchRequest request = new SwitchRequest(citizen.getMunicipalityId(), citizenId, serviceAreaId, plan.currentProviderId(),
                providerId, plan.firstChoice(), status, plan.effectiveDate(), now, user.id(),
                access.relation() == Relation.RELATIVE_WITH_ACT_POWER ? user.relativeId() : null);
        try {
            request = requests.saveAndFlush(request);
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("switch.error.already-open");
        }
        log.info("Switch request {} for citizen {} in area {} to provider {} by user {}: {} from {}", request.getId(), citizenId,
                serviceAreaId, providerId, user.id(), status, plan.effectiveDate());
        access.record(AuditEvent.SWITCH_REQUESTED, plan.area().getName(), providerName(providerId), plan.effectiveDate());
        notify(request, plan.needsApproval() ? "switch-requested-approval" : "switch-requested", null);
        if (plan.firstChoice() && !plan.effectiveDate().isAfter(LocalDate.now(clock.withZone(SwitchRules.DANISH_TIME)))) {
            carryOut(request, now);
        }
        return request;
    }

    /** The citizen (or a relative acting for them) withdraws an open request. */
    @Transactional
    public void cancel(long requestId) {
        SwitchRequest request = requests.findById(requestId).orElseThrow(() -> new BusinessException("switch.error.not-found"));
        Access access = citizens.requireFor(Permission.SWITCH_PROVIDER, request.getCitizenId());
        if (!request.getStatus().isOpen()) {
            throw new BusinessException("switch.error.not-open");
        }
        request.cancel(access.user().id(), clock.instant());
        flushOrConflict(request, "switch.error.not-open");
        access.record(AuditEvent.SWITCH_CANCELLED, areaName(request.getServiceAreaId()), providerName(request.getToProviderId()));
        notify(request, "switch-cancelled", null);
    }

    /** The citizen's requests, newest first. */
    @Transactional(readOnly = true)
    public List<SwitchRequest> requestsOf(long citizenId) {
        citizens.requireAccess(Permission.VIEW_CITIZEN_HELP, citizenId);
        return requests.findByCitizenIdOrderByRequestedAtDesc(citizenId);
    }

    /** Staff: the requests of their municipality waiting for approval, oldest first, one page at a time. */
    @Transactional(readOnly = true)
    public List<QueueRow> queue(Pageable pageable) {
        Access access = accessGuard.requireOwn(Permission.DECIDE_SWITCH_REQUESTS);
        Page<SwitchRequest> page = requests.findByMunicipalityIdAndStatus(access.user().municipalityId(), SwitchStatus.PENDING_APPROVAL,
                pageable);
        access.recordLooks(page.stream().map(SwitchRequest::getCitizenId).toList());
        return page.stream().map(r -> new QueueRow(r.getId(), citizenRepository.findById(r.getCitizenId()).map(Citizen::fullName).orElse(""),
                areaName(r.getServiceAreaId()), providerName(r.getFromProviderId()), providerName(r.getToProviderId()),
                r.getEffectiveDate(), r.getRequestedAt(), r.getRequestedByRelativeId() != null)).toList();
    }

    @Transactional(readOnly = true)
    public long queueSize() {
        Access access = accessGuard.requireOwn(Permission.DECIDE_SWITCH_REQUESTS);
        return requests.countByMunicipalityIdAndStatus(access.user().municipalityId(), SwitchStatus.PENDING_APPROVAL);
    }

    @Transactional
    public SwitchRequest approve(long requestId) {
        SwitchRequest request = requireQueued(requestId);
        Access access = decide(request);
        LocalDate tomorrow = LocalDate.now(clock.withZone(SwitchRules.DANISH_TIME)).plusDays(1);
        request.approve(access.user().id(), clock.instant(), tomorrow);
        flushOrConflict(request, "switch.error.already-decided");
        access.recordFor(request.getCitizenId(), AuditEvent.SWITCH_APPROVED, areaName(request.getServiceAreaId()),
                providerName(request.getToProviderId()), request.getEffectiveDate());
        notify(request, "switch-approved", null);
        return request;
    }

    @Transactional
    public SwitchRequest reject(long requestId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("switch.error.reason-required");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new BusinessException("switch.error.reason-too-long", REASON_LENGTH);
        }
        SwitchRequest request = requireQueued(requestId);
        Access access = decide(request);
        request.reject(access.user().id(), clock.instant(), reason.strip());
        flushOrConflict(request, "switch.error.already-decided");
        access.recordFor(request.getCitizenId(), AuditEvent.SWITCH_REJECTED, areaName(request.getServiceAreaId()),
                providerName(request.getToProviderId()), reason.strip());
        notify(request, "switch-rejected", reason.strip());
        return request;
    }

    /** Runs every hour: carries out the switches due today. Safe to run twice and on several nodes. */
    @Scheduled(cron = "${fritvalg.switch.cron:0 5 * * * *}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "citizen.switch-due", lockAtLeastFor = JobLocks.AT_LEAST)
    public void applyDueNow() {
        LocalDate today = LocalDate.now(clock.withZone(SwitchRules.DANISH_TIME));
        applyDue(today);
        applyDefaults(today);
    }

    /** Carries out every scheduled switch whose effective date has come; returns how many this call did. */
    public int applyDue(LocalDate today) {
        int done = 0;
        for (Long id : requests.findDue(today)) {
            Boolean applied = newTransaction.execute(s -> {
                Instant now = clock.instant();
                if (requests.claimForEffect(id, now) == 0) {
                    return false;
                }
                SwitchRequest request = requests.findById(id).orElseThrow();
                recordChoice(request);
                auditTrail.appendSystem(AuditEvent.SWITCH_CARRIED_OUT, request.getCitizenId(), areaName(request.getServiceAreaId()),
                        providerName(request.getToProviderId()), request.getEffectiveDate());
                notify(request, "switch-effective", null);
                return true;
            });
            if (Boolean.TRUE.equals(applied)) {
                done++;
            }
        }
        if (done > 0) {
            log.info("{} switch(es) took effect on {}", done, today);
        }
        return done;
    }

    /**
     * Gives the municipality's default provider (its own, the municipal provider) to citizens who have not
     * chosen within the set number of days of their grant's start. Safe to run twice and on several nodes:
     * each citizen is locked and checked again before anything is recorded.
     */
    public int applyDefaults(LocalDate today) {
        int done = 0;
        for (Long grantId : grants.findWithoutChoice(today.minusDays(defaultAfterDays), today)) {
            Boolean assigned = newTransaction.execute(s -> assignDefault(grantId, today));
            if (Boolean.TRUE.equals(assigned)) {
                done++;
            }
        }
        if (done > 0) {
            log.info("{} citizen(s) got the default provider on {}", done, today);
        }
        return done;
    }

    private boolean assignDefault(long grantId, LocalDate today) {
        Grant grant = grants.findById(grantId).orElseThrow();
        Citizen citizen = citizenRepository.lockById(grant.getCitizenId()).orElseThrow();
        boolean hasChoice = choices.findByCitizenIdOrderByValidFromDesc(citizen.getId()).stream()
                .anyMatch(c -> c.getServiceAreaId().equals(grant.getServiceAreaId()) && (c.getValidTo() == null || !c.getValidTo().isBefore(today)));
        boolean hasOpenRequest = requests.existsByOpenKey(citizen.getId() + ":" + grant.getServiceAreaId());
        if (hasChoice || hasOpenRequest) {
            return false;
        }
        Optional<Provider> municipal = providers.selectable(citizen.getMunicipalityId(), grant.getServiceAreaId(), today).stream()
                .filter(p -> p.getType() == ProviderType.MUNICIPAL && mayServe(p, citizen, grant.getServiceAreaId(), today))
                .findFirst();
        if (municipal.isEmpty()) {
            log.warn("No default provider for citizen {} in area {}: the municipality has no municipal provider that can serve them",
                    citizen.getId(), grant.getServiceAreaId());
            return false;
        }
        registry.choose(citizen.getId(), grant.getServiceAreaId(), municipal.get().getId(), grant.getValidFrom(), ChoiceReason.DEFAULT_RULE,
                null, null);
        auditTrail.appendSystem(AuditEvent.DEFAULT_PROVIDER_ASSIGNED, citizen.getId(), areaName(grant.getServiceAreaId()),
                municipal.get().getName());
        notifications.toCitizen(citizen.getId(), "default-provider", "default-" + grantId, citizen.fullName(),
                areaName(grant.getServiceAreaId()), municipal.get().getName());
        return true;
    }

    /**
     * Writes the change now, so that someone else's change to the same request since it was read (another
     * member of staff deciding, the job carrying it out, a cancel) is reported as a clear message.
     */
    private void flushOrConflict(SwitchRequest request, String messageKey) {
        try {
            requests.saveAndFlush(request);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException(messageKey);
        }
    }

    private void carryOut(SwitchRequest request, Instant now) {
        request.takeEffect(now);
        recordChoice(request);
        notify(request, "switch-effective", null);
    }

    private void recordChoice(SwitchRequest request) {
        ProviderChoice choice = registry.choose(request.getCitizenId(), request.getServiceAreaId(), request.getToProviderId(),
                request.getEffectiveDate(), request.isFirstChoice() ? ChoiceReason.CHOSEN : ChoiceReason.SWITCH,
                request.getRequestedByUserId(), request.getRequestedByRelativeId());
        choice.carriesOut(request.getId());
    }

    private Access decide(SwitchRequest request) {
        return accessGuard.require(Permission.DECIDE_SWITCH_REQUESTS, Target.municipality(request.getMunicipalityId()));
    }

    private SwitchRequest requireQueued(long requestId) {
        SwitchRequest request = requests.findById(requestId).orElseThrow(() -> new BusinessException("switch.error.not-found"));
        decide(request);
        if (request.getStatus() != SwitchStatus.PENDING_APPROVAL) {
            throw new BusinessException("switch.error.already-decided");
        }
        return request;
    }

    private Plan plan(Citizen citizen, long serviceAreaId, Instant now) {
        Municipality municipality = municipalities.byId(citizen.getMunicipalityId()).orElseThrow();
        ServiceArea area = municipalities.serviceArea(serviceAreaId)
                .filter(a -> a.getMunicipalityId().equals(citizen.getMunicipalityId()))
                .orElseThrow(() -> new BusinessException("switch.error.no-grant"));
        LocalDate today = now.atZone(SwitchRules.DANISH_TIME).toLocalDate();
        Grant grant = grants.findByCitizenIdOrderByValidFrom(citizen.getId()).stream()
                .filter(g -> g.getServiceAreaId() == serviceAreaId && (g.getValidTo() == null || !g.getValidTo().isBefore(today)))
                .findFirst().orElseThrow(() -> new BusinessException("switch.error.no-grant"));
        List<ProviderChoice> all = choices.findByCitizenIdOrderByValidFromDesc(citizen.getId());
        Optional<ProviderChoice> current = all.stream()
                .filter(c -> c.getServiceAreaId() == serviceAreaId && (c.getValidTo() == null || !c.getValidTo().isBefore(today)))
                .findFirst();
        boolean firstChoice = current.isEmpty();
        MunicipalitySettings settings = municipality.settings();
        LocalDate effective = firstChoice
                ? (grant.getValidFrom().isAfter(today) ? grant.getValidFrom() : today)
                : SwitchRules.effectiveDate(settings, now);
        boolean needsApproval = !firstChoice && settings.switchApproval() == SwitchApproval.STAFF_APPROVAL;
        Long currentId = current.map(ProviderChoice::getProviderId).orElse(null);

        Set<Long> ownSel83Providers = new LinkedHashSet<>();
        all.stream().filter(c -> c.isValidOn(today))
                .filter(c -> municipalities.serviceArea(c.getServiceAreaId()).map(a -> SEL_83_AREAS.contains(a.getKind())).orElse(false))
                .forEach(c -> ownSel83Providers.add(c.getProviderId()));
        boolean rehabilitation = area.getKind() == ServiceAreaKind.REHABILITATION;

        List<Option> options = new ArrayList<>();
        for (Provider provider : providers.selectable(citizen.getMunicipalityId(), serviceAreaId, effective)) {
            if (provider.getId().equals(currentId) || !mayServe(provider, citizen, serviceAreaId, effective)) {
                continue;
            }
            if (rehabilitation && settings.rehabilitationModel() == RehabilitationModel.SELECTED
                    && provider.getType() == ProviderType.PRIVATE && !ownSel83Providers.contains(provider.getId())) {
                continue;
            }
            boolean proposed = rehabilitation && settings.rehabilitationContinuity() && provider.getType() == ProviderType.PRIVATE
                    && ownSel83Providers.contains(provider.getId());
            options.add(new Option(provider.getId(), provider.getName(), provider.getType(), proposed));
        }
        options.sort(Comparator.comparing(Option::proposed).reversed().thenComparing(Option::name));
        Optional<Option> defaultProvider = firstChoice
                ? options.stream().filter(o -> o.type() == ProviderType.MUNICIPAL).findFirst()
                : Optional.empty();
        Optional<SwitchRequest> open = requests.findByCitizenIdOrderByRequestedAtDesc(citizen.getId()).stream()
                .filter(r -> r.getServiceAreaId() == serviceAreaId && r.getStatus().isOpen()).findFirst();
        return new Plan(citizen.getId(), citizen.fullName(), area, currentId, providerName(currentId), firstChoice, effective,
                needsApproval, List.copyOf(options), defaultProvider, grant.getValidFrom().plusDays(defaultAfterDays), options.stream().filter(Option::proposed).findFirst(),
                settings.rehabilitationModel(), open);
    }

    /** Serves the citizen's postcode, takes new citizens, and has room under its capacity. */
    private boolean mayServe(Provider provider, Citizen citizen, long serviceAreaId, LocalDate date) {
        var profile = provider.profile();
        return profile.acceptingNewCitizens() && profile.postcodes().contains(citizen.getPostcode()) && hasRoom(provider, serviceAreaId, date);
    }

    private boolean hasRoom(Provider provider, long serviceAreaId, LocalDate date) {
        Integer capacity = providers.agreements(provider.getId()).stream()
                .filter(a -> a.getServiceAreaId() == serviceAreaId && a.isValidOn(date))
                .map(ProviderAgreement::getCapacity).filter(Objects::nonNull).findFirst().orElse(null);
        return capacity == null || choices.countServedOn(provider.getId(), serviceAreaId, date) < capacity;
    }

    /** Why a provider cannot be picked, as a message key. */
    private String refusal(Citizen citizen, Plan plan, long providerId) {
        if (Objects.equals(plan.currentProviderId(), providerId)) {
            return "switch.error.same-provider";
        }
        Optional<Provider> provider = providers.selectable(citizen.getMunicipalityId(), plan.area().getId(), plan.effectiveDate())
                .stream().filter(p -> p.getId() == providerId).findFirst();
        if (provider.isEmpty()) {
            return "switch.error.not-selectable";
        }
        var profile = provider.get().profile();
        if (!profile.postcodes().contains(citizen.getPostcode())) {
            return "switch.error.postcode";
        }
        if (!profile.acceptingNewCitizens()) {
            return "switch.error.not-accepting";
        }
        if (!hasRoom(provider.get(), plan.area().getId(), plan.effectiveDate())) {
            return "switch.error.capacity";
        }
        return "switch.error.rehabilitation-model";
    }

    /** Notice to the citizen and every relative holding a power of attorney (each by her channel), mail to both providers. */
    private void notify(SwitchRequest request, String template, String reason) {
        Citizen citizen = citizenRepository.findById(request.getCitizenId()).orElseThrow();
        String from = request.getFromProviderId() == null ? "–" : providerName(request.getFromProviderId());
        Object[] params = {citizen.fullName(), areaName(request.getServiceAreaId()), from, providerName(request.getToProviderId()),
                DANISH_DATE.format(request.getEffectiveDate()), reason == null ? "" : reason};
        String reference = "switch-" + request.getId();
        notifications.toCitizen(citizen.getId(), template, reference, params);
        Set<String> providerMail = new LinkedHashSet<>();
        providerEmail(request.getFromProviderId()).ifPresent(providerMail::add);
        providerEmail(request.getToProviderId()).ifPresent(providerMail::add);
        for (String to : providerMail) {
            notifications.sendFor(citizen.getMunicipalityId(), to, template, reference, params);
        }
    }

    private Optional<String> providerEmail(Long providerId) {
        return providerId == null ? Optional.empty() : providers.byId(providerId).map(p -> p.profile().email()).filter(e -> !e.isBlank());
    }

    private String providerName(Long providerId) {
        return providerId == null ? "" : providers.byId(providerId).map(Provider::getName).orElse("");
    }

    private String areaName(long areaId) {
        return municipalities.serviceArea(areaId).map(ServiceArea::getName).orElse("");
    }
}
