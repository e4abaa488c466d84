package dk.fritvalg.market;

import dk.fritvalg.citizen.ProviderCustomers;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.notification.Notifications;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import dk.fritvalg.shared.jobs.JobLocks;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspension and reinstatement of a provider by the procurement office, with a reason and dates. From the moment it is
 * suspended the provider is not selectable and not shown as accepting; its citizens, their relatives with a power of
 * attorney and the provider itself are told by mail through the outbox, in the same transaction.
 */
@Service
public class Suspensions {

    private final ProviderSuspensionRepository suspensions;
    private final ProviderService providers;
    private final ProviderRegistry registry;
    private final ProviderOrganisations organisations;
    private final ProviderCustomers customers;
    private final MunicipalityService municipalities;
    private final AccessGuard accessGuard;
    private final Notifications notifications;
    private final MarketHealth health;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Suspensions(ProviderSuspensionRepository suspensions, ProviderService providers, ProviderRegistry registry,
                ProviderOrganisations organisations, ProviderCustomers customers, MunicipalityService municipalities, AccessGuard accessGuard,
                Notifications notifications, MarketHealth health, Clock clock, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.suspensions = suspensions;
        this.providers = providers;
        this.registry = registry;
        this.organisations = organisations;
        this.customers = customers;
        this.municipalities = municipalities;
        this.accessGuard = accessGuard;
        this.notifications = notifications;
        this.health = health;
        this.clock = clock;
    }

    /** A provider of the municipality as the market page shows it. */
    public record ProviderStatus(long providerId, String name, String cvr, ProviderType type, boolean suspended,
                                 Optional<Suspension> currentSuspension) {
    }

    /** The own municipality's providers with their status. */
    @Transactional(readOnly = true)
    public List<ProviderStatus> providers(boolean suspendedOnly) {
        long municipalityId = ((Target.Municipality) accessGuard.requireOwn(Permission.VIEW_MARKET).target()).municipalityId();
        return providers.inMunicipality(municipalityId).stream().filter(p -> !suspendedOnly || p.isSuspended())
                .map(p -> new ProviderStatus(p.getId(), p.getName(), p.getCvr(), p.getType(), p.isSuspended(), current(municipalityId, p.getId())))
                .toList();
    }

    /** The suspensions of a provider of the own municipality, newest first. */
    @Transactional(readOnly = true)
    public List<Suspension> history(long providerId) {
        Provider provider = provider(providerId);
        accessGuard.require(Permission.VIEW_MARKET, Target.municipality(provider.getMunicipalityId()));
        return suspensions.findByMunicipalityIdAndProviderIdOrderBySuspendedFromDesc(provider.getMunicipalityId(), providerId).stream()
                .map(ProviderSuspension::toView).toList();
    }

    /** Suspends without overriding the ÆL § 18 guard; see {@link #suspend(long, LocalDate, String, String)}. */
    @Transactional
    public int suspend(long providerId, LocalDate expectedUntil, String reason) {
        return suspend(providerId, expectedUntil, reason, null);
    }

    /** Suspends from today; see {@link #suspend(long, LocalDate, LocalDate, String, String)}. */
    @Transactional
    public int suspend(long providerId, LocalDate expectedUntil, String reason, String aels18OverrideReason) {
        return suspend(providerId, null, expectedUntil, reason, aels18OverrideReason);
    }

    /**
     * Suspends a private provider from a date (today when none is given), with the reason and the date it is expected to
     * end (or none). From today: the provider is taken out of the choice at once and its citizens are told; the number
     * told is returned. From a later date: the suspension is recorded and the provider told now, and it takes effect on
     * that date ({@link #takeEffectDue()}); 0 is returned. Refused for a date before today, for the municipal provider
     * (it cannot be suspended, the municipality is responsible for it) and for a provider already suspended or with a
     * suspension planned. When it would leave fewer than two providers to choose from in an area under ÆL § 18, it is
     * refused with {@code market.aels18.breach} naming the areas, unless {@code aels18OverrideReason} says why the
     * municipality does it anyway (recorded in the audit trail).
     */
    @Transactional
    public int suspend(long providerId, LocalDate from, LocalDate expectedUntil, String reason, String aels18OverrideReason) {
        Provider provider = provider(providerId);
        Access access = accessGuard.require(Permission.SUSPEND_PROVIDERS, Target.municipality(provider.getMunicipalityId()));
        if (provider.getType() == ProviderType.MUNICIPAL) {
            throw new BusinessException("market.suspension.error.municipal");
        }
        String why = reason(reason);
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME));
        LocalDate start = from == null ? today : from;
        if (start.isBefore(today)) {
            throw new BusinessException("market.suspension.error.from-past");
        }
        if (expectedUntil != null && expectedUntil.isBefore(today)) {
            throw new BusinessException("market.suspension.error.until");
        }
        if (expectedUntil != null && expectedUntil.isBefore(start)) {
            throw new BusinessException("market.suspension.error.until-before-start");
        }
        if (current(provider.getMunicipalityId(), providerId).filter(Suspension::pending).isPresent()) {
            throw new BusinessException("market.suspension.error.already");
        }
        if (!provider.isSuspended()) {
            List<String> breaches = health.breachesWithout(provider);
            if (!breaches.isEmpty()) {
                String override = aels18OverrideReason == null ? "" : aels18OverrideReason.strip();
                if (override.isEmpty()) {
                    throw new BusinessException("market.aels18.breach", String.join(", ", breaches), MarketHealth.MINIMUM_PROVIDERS);
                }
                access.record(AuditEvent.AELS18_GUARD_OVERRIDDEN, provider.getName(), String.join(", ", breaches), reason(override));
            }
        }
        if (provider.isSuspended()) {
            throw new BusinessException("market.suspension.error.already");
        }
        ProviderSuspension suspension = new ProviderSuspension(providerId, provider.getMunicipalityId(), start, expectedUntil, why,
                access.user().id(), clock.instant());
        String municipality = municipalities.byId(provider.getMunicipalityId()).map(m -> m.getName()).orElse("");
        notifications.send(providerEmail(provider), "provider-suspended-provider", "suspension-" + providerId + "-" + clock.millis(),
                provider.getName(), municipality, MarketTexts.date(start), why);
        int told = 0;
        if (start.equals(today)) {
            if (!registry.setSuspended(providerId, true)) {
                throw new BusinessException("market.suspension.error.already");
            }
            suspension.takeEffect(clock.instant());
            told = tellCitizens(provider, today);
        }
        suspensions.saveAndFlush(suspension);
        access.record(AuditEvent.PROVIDER_SUSPENDED, provider.getName(), start, expectedUntil == null ? "–" : expectedUntil, why, told);
        return told;
    }

    /**
     * The daily job: every suspension planned for today or earlier that has not taken effect does so now, once (the
     * provider is taken out of the choice and its citizens are told). Returns how many took effect. System side.
     */
    @Scheduled(cron = "${fritvalg.market.suspension-cron:0 5 0 * * *}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "market.suspensions-due", lockAtLeastFor = JobLocks.AT_LEAST)
    public void takeEffectJob() {
        takeEffectDue();
    }

    /** See {@link #takeEffectJob()}; returns how many suspensions took effect in this call. */
    public int takeEffectDue() {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME));
        int done = 0;
        for (Long id : suspensions.findDue(today)) {
            Boolean took;
            try {
                took = transaction.execute(s -> suspensions.findById(id).filter(ProviderSuspension::isPending).map(suspension -> {
                    suspension.takeEffect(clock.instant());
                    // The version check makes this the one node that carries it out; another gets a conflict and skips it.
                    suspensions.saveAndFlush(suspension);
                    if (registry.setSuspended(suspension.getProviderId(), true)) {
                        providers.byId(suspension.getProviderId()).ifPresent(p -> tellCitizens(p, today));
                    }
                    return true;
                }).orElse(false));
            } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
                took = false;
            }
            if (Boolean.TRUE.equals(took)) {
                done++;
            }
        }
        return done;
    }

    private int tellCitizens(Provider provider, LocalDate today) {
        String municipality = municipalities.byId(provider.getMunicipalityId()).map(m -> m.getName()).orElse("");
        List<ProviderCustomers.Customer> told = customers.of(provider.getId(), today);
        for (ProviderCustomers.Customer customer : told) {
            String reference = "suspension-" + provider.getId() + "-" + clock.millis() + "-c" + customer.citizenId();
            // By each person's channel (e-mail, Digital Post or letter), so a citizen without e-mail is told too.
            notifications.toCitizenAndRelatives(customer.citizenId(), "provider-suspended", "provider-suspended-relative", reference,
                    customer.name(), provider.getName(), municipality);
        }
        return told.size();
    }

    /** Lifts the provider's suspension from today, with a reason; the provider is told. */
    @Transactional
    public void reinstate(long providerId, String reason) {
        Provider provider = provider(providerId);
        Access access = accessGuard.require(Permission.SUSPEND_PROVIDERS, Target.municipality(provider.getMunicipalityId()));
        String why = reason(reason);
        ProviderSuspension open = suspensions.findByMunicipalityIdAndProviderIdOrderBySuspendedFromDesc(provider.getMunicipalityId(), providerId)
                .stream().filter(ProviderSuspension::isOpen).findFirst()
                .orElseThrow(() -> new BusinessException("market.suspension.error.not-suspended"));
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME));
        registry.setSuspended(providerId, false);
        open.reinstate(today, why, access.user().id(), clock.instant());
        suspensions.saveAndFlush(open);
        String municipality = municipalities.byId(provider.getMunicipalityId()).map(m -> m.getName()).orElse("");
        notifications.send(providerEmail(provider), "provider-reinstated", "reinstated-" + providerId + "-" + clock.millis(),
                provider.getName(), municipality, MarketTexts.date(today), why);
        access.record(AuditEvent.PROVIDER_REINSTATED, provider.getName(), today, why);
    }

    private Optional<Suspension> current(long municipalityId, long providerId) {
        return suspensions.findByMunicipalityIdAndProviderIdOrderBySuspendedFromDesc(municipalityId, providerId).stream()
                .filter(ProviderSuspension::isOpen).findFirst().map(ProviderSuspension::toView);
    }

    private Provider provider(long providerId) {
        return providers.byId(providerId).orElseThrow(() -> new BusinessException("market.suspension.error.no-provider"));
    }

    private String providerEmail(Provider provider) {
        String own = provider.profile().email();
        return own != null ? own : organisations.byId(provider.getOrganisationId()).map(o -> o.getEmail()).orElse(null);
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
