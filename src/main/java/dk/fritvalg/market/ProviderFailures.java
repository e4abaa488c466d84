package dk.fritvalg.market;

import dk.fritvalg.citizen.ContingencyMoves;
import dk.fritvalg.citizen.ProviderCustomers;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.notification.Notifications;
import dk.fritvalg.ordering.FailedProviderOrders;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderOrganisations;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider failure (konkurs, sudden stop), handled by the procurement office in one action: the provider's citizens in
 * the municipality move to a fallback provider per service area (by default the municipal provider) with the reason
 * CONTINGENCY, their open requests to switch to it are cancelled, their add-on orders move to a fallback offering the
 * same add-ons or are cancelled with a refund, the provider is suspended, and every citizen, relative with a power of
 * attorney, fallback provider and the failed provider is told through the outbox. All of it in one transaction; a
 * second run finds the failure already registered and changes nothing. The municipality's contingency checklist is
 * copied into the failure and ticked off there.
 */
@Service
public class ProviderFailures {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProviderFailures.class);

    /** One service area the provider still serves from the date, with the providers that can take its citizens. */
    public record AreaPlan(long serviceAreaId, String areaName, int citizens, List<Option> fallbacks, Long defaultFallbackId) {
    }

    /** A provider that can take the citizens: selectable in the area on the date. */
    public record Option(long providerId, String name, ProviderType type) {
    }

    /** What registering the failure would do, shown before staff confirm. */
    public record Preview(long providerId, String providerName, LocalDate date, List<AreaPlan> areas, List<String> aels18Breaches,
                          Optional<Long> alreadyRegistered) {
    }

    /** A failure as the list shows it. */
    public record Summary(long failureId, long providerId, String providerName, LocalDate date, int citizensMoved, int tasks,
                          int tasksDone) {
    }

    /** A checklist line of a failure, ticked off or not. */
    public record Task(long taskId, int position, String text, Instant doneAt, String doneBy, String note) {
        public boolean done() {
            return doneAt != null;
        }
    }

    /** The fallback provider that took an area's citizens. */
    public record Fallback(long serviceAreaId, String areaName, long providerId, String providerName, int citizens) {
    }

    /** A failure with what it did and its checklist. */
    public record Details(long failureId, long providerId, String providerName, LocalDate date, String reason, Instant registeredAt,
                          String registeredBy, int citizensMoved, int choicesMoved, int requestsCancelled, int ordersMoved,
                          int ordersCancelled, long refundedOre, List<Fallback> fallbacks, List<Task> tasks, boolean alreadyRegistered) {
    }

    /** A line of the municipality's standing checklist. */
    public record ChecklistLine(long lineId, int position, String text) {
    }

    private final ProviderFailureRepository failures;
    private final ProviderFailureTaskRepository tasks;
    private final ContingencyChecklistLineRepository checklist;
    private final ProviderSuspensionRepository suspensions;
    private final ProviderService providers;
    private final ProviderRegistry registry;
    private final ProviderOrganisations organisations;
    private final ProviderCustomers customers;
    private final ContingencyMoves moves;
    private final FailedProviderOrders orders;
    private final MunicipalityService municipalities;
    private final MarketHealth health;
    private final Notifications notifications;
    private final AccessGuard accessGuard;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    ProviderFailures(ProviderFailureRepository failures, ProviderFailureTaskRepository tasks, ContingencyChecklistLineRepository checklist,
                     ProviderSuspensionRepository suspensions, ProviderService providers, ProviderRegistry registry,
                     ProviderOrganisations organisations, ProviderCustomers customers, ContingencyMoves moves, FailedProviderOrders orders,
                     MunicipalityService municipalities, MarketHealth health, Notifications notifications, AccessGuard accessGuard,
                     JdbcTemplate jdbc, Clock clock) {
        this.failures = failures;
        this.tasks = tasks;
        this.checklist = checklist;
        this.suspensions = suspensions;
        this.providers = providers;
        this.registry = registry;
        this.organisations = organisations;
        this.customers = customers;
        this.moves = moves;
        this.orders = orders;
        this.municipalities = municipalities;
        this.health = health;
        this.notifications = notifications;
        this.accessGuard = accessGuard;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The private providers of the own municipality that can fail (the municipal provider cannot). */
    @Transactional(readOnly = true)
    public List<Option> candidates() {
        long municipalityId = own(Permission.HANDLE_PROVIDER_FAILURE);
        return providers.inMunicipality(municipalityId).stream().filter(p -> p.getType() != ProviderType.MUNICIPAL)
                .map(ProviderFailures::option).toList();
    }

    /** What a failure of the provider from the date would move, and who can take each area's citizens. */
    @Transactional(readOnly = true)
    public Preview preview(long providerId, LocalDate date) {
        Provider provider = provider(providerId);
        accessGuard.require(Permission.HANDLE_PROVIDER_FAILURE, Target.municipality(provider.getMunicipalityId()));
        LocalDate from = date(date);
        Map<Long, ServiceArea> areas = areas(provider.getMunicipalityId());
        List<AreaPlan> plans = new ArrayList<>();
        moves.servedFrom(providerId, from).forEach((areaId, count) -> {
            List<Option> options = providers.selectable(provider.getMunicipalityId(), areaId, from).stream()
                    .filter(p -> !p.getId().equals(providerId)).map(ProviderFailures::option).toList();
            Long preferred = options.stream().filter(o -> o.type() == ProviderType.MUNICIPAL).findFirst()
                    .or(() -> options.stream().findFirst()).map(Option::providerId).orElse(null);
            plans.add(new AreaPlan(areaId, Optional.ofNullable(areas.get(areaId)).map(ServiceArea::getName).orElse("?"), count, options,
                    preferred));
        });
        return new Preview(providerId, provider.getName(), from, plans, provider.isSuspended() ? List.of() : health.breachesWithout(provider),
                failures.findByMunicipalityIdAndProviderId(provider.getMunicipalityId(), providerId).map(ProviderFailure::getId));
    }

    /**
     * Registers the failure and carries out the move, in one transaction. {@code fallbackByArea} may leave out an area: it
     * then goes to the default (the municipal provider when it is selectable there). If the provider's failure is already
     * registered, nothing changes and that failure is returned, marked as already registered.
     */
    @Transactional
    public Details register(long providerId, LocalDate date, Map<Long, Long> fallbackByArea, String reason) {
        Provider provider = provider(providerId);
        long municipalityId = provider.getMunicipalityId();
        Access access = accessGuard.require(Permission.HANDLE_PROVIDER_FAILURE, Target.municipality(municipalityId));
        Optional<ProviderFailure> existing = failures.findByMunicipalityIdAndProviderId(municipalityId, providerId);
        if (existing.isPresent()) {
            return details(existing.get(), true);
        }
        if (provider.getType() == ProviderType.MUNICIPAL) {
            throw new BusinessException("market.failure.error.municipal");
        }
        String why = reason(reason);
        LocalDate from = date(date);
        Preview preview = preview(providerId, from);
        Map<Long, Long> chosen = new LinkedHashMap<>();
        for (AreaPlan plan : preview.areas()) {
            Long fallback = fallbackByArea == null || fallbackByArea.get(plan.serviceAreaId()) == null
                    ? plan.defaultFallbackId() : fallbackByArea.get(plan.serviceAreaId());
            if (fallback == null || plan.fallbacks().stream().noneMatch(o -> o.providerId() == fallback)) {
                throw new BusinessException("market.failure.error.fallback", plan.areaName());
            }
            chosen.put(plan.serviceAreaId(), fallback);
        }
        Instant now = clock.instant();
        ProviderFailure failure = failures.saveAndFlush(new ProviderFailure(municipalityId, providerId, from, why, now,
                access.user().id(), access.user().displayName()));
        String reference = "failure-" + failure.getId();

        // Who is to be told, read before the move while they are still the provider's citizens.
        Map<Long, ProviderCustomers.Customer> told = customers.of(providerId, from).stream()
                .collect(Collectors.toMap(ProviderCustomers.Customer::citizenId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        long started = System.nanoTime();
        ContingencyMoves.Outcome moved = moves.move(providerId, chosen, from, access.user().id(), now);
        FailedProviderOrders.Outcome orderOutcome = orders.handOver(providerId, from, List.copyOf(new LinkedHashSet<>(chosen.values())),
                reference, now);
        failure.moved(moved.citizens().size(), moved.choicesMoved(), moved.cancelledRequestCitizens().size(), orderOutcome.moved(),
                orderOutcome.cancelled(), orderOutcome.refundedOre());
        chosen.forEach((area, fallback) -> jdbc.update(
                "INSERT INTO provider_failure_fallback (failure_id, service_area_id, fallback_provider_id, citizens) VALUES (?, ?, ?, ?)",
                failure.getId(), area, fallback, moved.citizensByArea().getOrDefault(area, List.of()).size()));
        copyChecklist(municipalityId, failure.getId());
        if (registry.setSuspended(providerId, true)) {
            ProviderSuspension suspension = new ProviderSuspension(providerId, municipalityId, today(), null, why, access.user().id(), now);
            suspension.takeEffect(now);
            suspensions.save(suspension);
        }

        long movedAt = System.nanoTime();
        String municipality = municipalities.byId(municipalityId).map(m -> m.getName()).orElse("");
        Map<Long, String> names = new LinkedHashMap<>();
        providers.inMunicipality(municipalityId).forEach(p -> names.put(p.getId(), p.getName()));
        String day = MarketTexts.date(from);
        // Thousands of notices are stored below, each reading its recipient first. Hibernate would check every entity of
        // the transaction for changes before each of those reads (quadratic: minutes for 3,000 citizens); nothing read
        // there depends on an unsaved change, so the changes so far are written now and the rest at commit.
        entityManager.flush();
        FlushModeType flushMode = entityManager.getFlushMode();
        entityManager.setFlushMode(FlushModeType.COMMIT);
        Map<Long, List<Long>> areasOf = new LinkedHashMap<>();
        moved.citizensByArea().forEach((area, citizens) -> citizens.forEach(c -> areasOf.computeIfAbsent(c, k -> new ArrayList<>()).add(area)));
        for (Map.Entry<Long, List<Long>> entry : areasOf.entrySet()) {
            long citizenId = entry.getKey();
            String name = Optional.ofNullable(told.get(citizenId)).map(ProviderCustomers.Customer::name).orElse("");
            String newProviders = entry.getValue().stream().map(chosen::get).distinct().map(names::get).collect(Collectors.joining(" og "));
            notifications.toCitizenAndRelatives(citizenId, "provider-failure", "provider-failure-relative", reference + "-c" + citizenId,
                    name, provider.getName(), newProviders, day, municipality);
        }
        orderOutcome.byCitizen().forEach((citizenId, result) -> notifications.toCitizenAndRelatives(citizenId, "provider-failure-orders",
                "provider-failure-orders-relative", reference + "-o" + citizenId,
                Optional.ofNullable(told.get(citizenId)).map(ProviderCustomers.Customer::name).orElse(""), provider.getName(),
                result.moved(), result.cancelled(), kroner(result.refundedOre())));
        for (long citizenId : moved.cancelledRequestCitizens()) {
            if (!areasOf.containsKey(citizenId)) {
                notifications.toCitizen(citizenId, "provider-failure-request", reference + "-r" + citizenId, provider.getName(), municipality);
            }
        }
        Map<Long, Set<Long>> perFallback = new LinkedHashMap<>();
        moved.citizensByArea().forEach((area, citizens) -> perFallback.computeIfAbsent(chosen.get(area), k -> new HashSet<>()).addAll(citizens));
        perFallback.forEach((fallback, citizens) -> providers.byId(fallback).ifPresent(p -> notifications.sendFor(municipalityId, email(p),
                "provider-failure-fallback", reference + "-f" + fallback, p.getName(), municipality, provider.getName(), citizens.size(), day)));
        notifications.sendFor(municipalityId, email(provider), "provider-failure-provider", reference + "-p", provider.getName(), municipality,
                day, moved.citizens().size(), why);
        entityManager.setFlushMode(flushMode);
        log.info("Failure {} of provider {}: {} citizens moved in {} ms, notices queued in {} ms", failure.getId(), providerId,
                moved.citizens().size(), (movedAt - started) / 1_000_000, (System.nanoTime() - movedAt) / 1_000_000);
        access.record(AuditEvent.PROVIDER_FAILURE_REGISTERED, provider.getName(), from, moved.citizens().size(), why);
        if (!preview.aels18Breaches().isEmpty()) {
            access.record(AuditEvent.AELS18_GUARD_OVERRIDDEN, provider.getName(), String.join(", ", preview.aels18Breaches()), why);
        }
        return details(failure, false);
    }

    /** The own municipality's failures, newest first. */
    @Transactional(readOnly = true)
    public List<Summary> failures(int offset, int limit) {
        long municipalityId = own(Permission.VIEW_MARKET);
        Map<Long, String> names = new LinkedHashMap<>();
        providers.inMunicipality(municipalityId).forEach(p -> names.put(p.getId(), p.getName()));
        return failures.findByMunicipalityIdOrderByFailureDateDescIdDesc(municipalityId, PageRequest.of(offset / Math.max(limit, 1),
                        Math.max(limit, 1))).stream()
                .map(f -> {
                    List<ProviderFailureTask> list = tasks.findByFailureIdOrderByPosition(f.getId());
                    return new Summary(f.getId(), f.getProviderId(), names.getOrDefault(f.getProviderId(), "?"), f.getFailureDate(),
                            f.getCitizensMoved(), list.size(), (int) list.stream().filter(ProviderFailureTask::isDone).count());
                }).toList();
    }

    @Transactional(readOnly = true)
    public int countFailures() {
        return (int) failures.countByMunicipalityId(own(Permission.VIEW_MARKET));
    }

    /** A failure of the own municipality with its checklist. */
    @Transactional(readOnly = true)
    public Details details(long failureId) {
        ProviderFailure failure = failures.findById(failureId).orElseThrow(() -> new BusinessException("market.failure.error.not-found"));
        accessGuard.require(Permission.VIEW_MARKET, Target.municipality(failure.getMunicipalityId()));
        return details(failure, false);
    }

    /** Ticks a checklist line of a failure off, with an optional note (who and when are recorded). */
    @Transactional
    public Task tick(long taskId, String note) {
        ProviderFailureTask task = tasks.findById(taskId).orElseThrow(() -> new BusinessException("market.failure.error.not-found"));
        ProviderFailure failure = failures.findById(task.getFailureId()).orElseThrow();
        Access access = accessGuard.require(Permission.HANDLE_PROVIDER_FAILURE, Target.municipality(failure.getMunicipalityId()));
        String text = note == null ? "" : note.strip();
        if (text.length() > 1000) {
            throw new BusinessException("market.error.reason-too-long", 1000);
        }
        task.done(clock.instant(), access.user().id(), access.user().displayName(), text.isEmpty() ? null : text);
        tasks.saveAndFlush(task);
        access.record(AuditEvent.CONTINGENCY_TASK_DONE, providerName(failure), task.getText(), text.isEmpty() ? "–" : text);
        return task.toView();
    }

    /** Takes a tick back (ticked by mistake). */
    @Transactional
    public Task untick(long taskId) {
        ProviderFailureTask task = tasks.findById(taskId).orElseThrow(() -> new BusinessException("market.failure.error.not-found"));
        ProviderFailure failure = failures.findById(task.getFailureId()).orElseThrow();
        Access access = accessGuard.require(Permission.HANDLE_PROVIDER_FAILURE, Target.municipality(failure.getMunicipalityId()));
        task.undo();
        tasks.saveAndFlush(task);
        access.record(AuditEvent.CONTINGENCY_TASK_REOPENED, providerName(failure), task.getText());
        return task.toView();
    }

    /** The own municipality's standing contingency checklist (starting from the usual lines the first time). */
    @Transactional
    public List<ChecklistLine> checklist() {
        long municipalityId = own(Permission.VIEW_MARKET);
        ensureChecklist(municipalityId);
        return checklist.findByMunicipalityIdAndActiveTrueOrderByPosition(municipalityId).stream()
                .map(l -> new ChecklistLine(l.getId(), l.getPosition(), l.getText())).toList();
    }

    /** Adds a line at the end of the own municipality's checklist. */
    @Transactional
    public void addChecklistLine(String text) {
        Access access = accessGuard.requireOwn(Permission.HANDLE_PROVIDER_FAILURE);
        long municipalityId = ((Target.Municipality) access.target()).municipalityId();
        String line = text == null ? "" : text.strip();
        if (line.isEmpty()) {
            throw new BusinessException("market.failure.error.line-required");
        }
        if (line.length() > 500) {
            throw new BusinessException("market.error.reason-too-long", 500);
        }
        ensureChecklist(municipalityId);
        int last = checklist.findByMunicipalityIdAndActiveTrueOrderByPosition(municipalityId).stream()
                .mapToInt(ContingencyChecklistLine::getPosition).max().orElse(0);
        checklist.save(new ContingencyChecklistLine(municipalityId, last + 1, line));
        access.record(AuditEvent.CONTINGENCY_CHECKLIST_CHANGED, "+", line);
    }

    /** Takes a line off the own municipality's checklist (failures already registered keep their copy). */
    @Transactional
    public void retireChecklistLine(long lineId) {
        ContingencyChecklistLine line = checklist.findById(lineId).orElseThrow(() -> new BusinessException("market.failure.error.not-found"));
        Access access = accessGuard.require(Permission.HANDLE_PROVIDER_FAILURE, Target.municipality(line.getMunicipalityId()));
        line.retire();
        access.record(AuditEvent.CONTINGENCY_CHECKLIST_CHANGED, "−", line.getText());
    }

    private void ensureChecklist(long municipalityId) {
        if (checklist.countByMunicipalityId(municipalityId) == 0) {
            jdbc.update("""
                    INSERT INTO contingency_checklist_line (municipality_id, position, text)
                    SELECT ?, position, text FROM contingency_checklist_default ORDER BY position""", municipalityId);
        }
    }

    private void copyChecklist(long municipalityId, long failureId) {
        ensureChecklist(municipalityId);
        for (ContingencyChecklistLine line : checklist.findByMunicipalityIdAndActiveTrueOrderByPosition(municipalityId)) {
            tasks.save(new ProviderFailureTask(failureId, line.getPosition(), line.getText()));
        }
    }

    private Details details(ProviderFailure f, boolean alreadyRegistered) {
        Map<Long, String> areaNames = new LinkedHashMap<>();
        areas(f.getMunicipalityId()).forEach((id, area) -> areaNames.put(id, area.getName()));
        Map<Long, String> names = new LinkedHashMap<>();
        providers.inMunicipality(f.getMunicipalityId()).forEach(p -> names.put(p.getId(), p.getName()));
        List<Fallback> fallbacks = jdbc.query("""
                        SELECT service_area_id, fallback_provider_id, citizens FROM provider_failure_fallback WHERE failure_id = ?
                        ORDER BY service_area_id""",
                (rs, i) -> new Fallback(rs.getLong(1), areaNames.getOrDefault(rs.getLong(1), "?"), rs.getLong(2),
                        names.getOrDefault(rs.getLong(2), "?"), rs.getInt(3)), f.getId());
        return new Details(f.getId(), f.getProviderId(), names.getOrDefault(f.getProviderId(), "?"), f.getFailureDate(), f.getReason(),
                f.getRegisteredAt(), f.getRegisteredByName(), f.getCitizensMoved(), f.getChoicesMoved(), f.getRequestsCancelled(),
                f.getOrdersMoved(), f.getOrdersCancelled(), f.getRefundedOre(), fallbacks,
                tasks.findByFailureIdOrderByPosition(f.getId()).stream().map(ProviderFailureTask::toView).toList(), alreadyRegistered);
    }

    private String providerName(ProviderFailure failure) {
        return providers.byId(failure.getProviderId()).map(Provider::getName).orElse("?");
    }

    private Map<Long, ServiceArea> areas(long municipalityId) {
        Map<Long, ServiceArea> areas = new LinkedHashMap<>();
        municipalities.serviceAreas(municipalityId).forEach(a -> areas.put(a.getId(), a));
        return areas;
    }

    private long own(Permission permission) {
        return ((Target.Municipality) accessGuard.requireOwn(permission).target()).municipalityId();
    }

    private Provider provider(long providerId) {
        return providers.byId(providerId).orElseThrow(() -> new BusinessException("market.suspension.error.no-provider"));
    }

    private LocalDate date(LocalDate date) {
        if (date == null) {
            throw new BusinessException("market.failure.error.date-required");
        }
        if (date.isBefore(today())) {
            // A move back in time would rewrite months already settled.
            throw new BusinessException("market.failure.error.date-past");
        }
        return date;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME));
    }

    private String email(Provider provider) {
        String own = provider.profile().email();
        return own != null ? own : organisations.byId(provider.getOrganisationId()).map(o -> o.getEmail()).orElse(null);
    }

    private static Option option(Provider p) {
        return new Option(p.getId(), p.getName(), p.getType());
    }

    private static String kroner(long ore) {
        return dk.fritvalg.ui.Formats.kroner(ore, java.util.Locale.of("da", "DK"));
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("market.error.reason-required");
        }
        if (why.length() > 1000) {
            throw new BusinessException("market.error.reason-too-long", 1000);
        }
        return why;
    }
}
