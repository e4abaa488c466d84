package dk.fritvalg.market;

import dk.fritvalg.municipality.ContractModel;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.notification.Notifications;
import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderAgreement;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procurement office's side of the tender model (udbudsmodel): which regime each service area is under from a
 * date, tender rounds, the bids once the deadline has passed, scores, the ranking with its calculation, the award with
 * its standstill period, and the agreements it gives. Every method works on the user's own municipality only.
 *
 * <p>Bids are sealed until the deadline: staff see how many have come, not what they say. The award takes the
 * chosen bids (at most the number the round said), all scored; each becomes a {@link ProviderAgreement} of the tender
 * model for the contract period with the awarded price, which {@link SettlementPrices} then answers for that provider.
 * The contract cannot start before the standstill period has ended. An award or the early end of an agreement that
 * leaves an area under ÆL § 18 with fewer than two providers to choose from needs a reason (the § 18 guard).
 */
@Service
public class Tenders {

    public static final int MAX_TEXT = 2000;
    public static final int DEFAULT_STANDSTILL_DAYS = 10;
    /** Agreements ending within this many months are listed as running out. */
    public static final int RUNNING_OUT_MONTHS = 6;

    private final TenderRoundRepository tenders;
    private final TenderCriterionRepository criteria;
    private final TenderBidRepository bids;
    private final TenderScoreRepository scores;
    private final ServiceAreaRegimeRepository regimes;
    private final ApprovalRequirements requirements;
    private final TenderData data;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final ProviderOrganisations organisations;
    private final ProviderRegistry registry;
    private final MarketHealth health;
    private final AccessGuard accessGuard;
    private final Notifications notifications;
    private final Clock clock;

    Tenders(TenderRoundRepository tenders, TenderCriterionRepository criteria, TenderBidRepository bids, TenderScoreRepository scores,
            ServiceAreaRegimeRepository regimes, ApprovalRequirements requirements, TenderData data, MunicipalityService municipalities,
            ProviderService providers, ProviderOrganisations organisations, ProviderRegistry registry, MarketHealth health,
            AccessGuard accessGuard, Notifications notifications, Clock clock) {
        this.tenders = tenders;
        this.criteria = criteria;
        this.bids = bids;
        this.scores = scores;
        this.regimes = regimes;
        this.requirements = requirements;
        this.data = data;
        this.municipalities = municipalities;
        this.providers = providers;
        this.organisations = organisations;
        this.registry = registry;
        this.health = health;
        this.accessGuard = accessGuard;
        this.notifications = notifications;
        this.clock = clock;
    }

    // --- regimes ---

    /**
     * Public: the regime of a service area on a date, the latest decided from that date or before; before any decision,
     * the municipality's general contract model.
     */
    @Transactional(readOnly = true)
    public ContractModel regimeOn(long serviceAreaId, LocalDate date) {
        return regimes.findByServiceAreaIdOrderByValidFromDesc(serviceAreaId).stream().filter(r -> !r.getValidFrom().isAfter(date))
                .findFirst().map(ServiceAreaRegime::getModel)
                .orElseGet(() -> municipalities.serviceArea(serviceAreaId).flatMap(a -> municipalities.byId(a.getMunicipalityId()))
                        .map(m -> m.settings().contractModel()).orElse(ContractModel.APPROVAL));
    }

    /** The regimes decided for an area of the own municipality, newest first: both kept, nothing overwritten. */
    @Transactional(readOnly = true)
    public List<Regime> regimes(long serviceAreaId) {
        ServiceArea area = area(serviceAreaId);
        accessGuard.require(Permission.VIEW_MARKET, Target.municipality(area.getMunicipalityId()));
        return regimes.findByServiceAreaIdOrderByValidFromDesc(serviceAreaId).stream().map(ServiceAreaRegime::toView).toList();
    }

    /**
     * Puts a service area under the approval or the tender model from a date (today or later), with a reason; the
     * regime before it stays in the history. Refused for a date in the past, a second decision for the same date, or
     * the regime the area is already under on that date.
     */
    @Transactional
    public void setRegime(long serviceAreaId, ContractModel model, LocalDate from, String reason) {
        ServiceArea area = area(serviceAreaId);
        Access access = accessGuard.require(Permission.MANAGE_TENDERS, Target.municipality(area.getMunicipalityId()));
        if (model == null) {
            throw new BusinessException("market.regime.error.model");
        }
        if (from == null || from.isBefore(data.today())) {
            throw new BusinessException("market.regime.error.date");
        }
        String why = text(reason, 1000, "market.error.reason-required");
        if (regimeOn(serviceAreaId, from) == model) {
            throw new BusinessException("market.regime.error.same", area.getName());
        }
        try {
            regimes.saveAndFlush(new ServiceAreaRegime(area.getMunicipalityId(), serviceAreaId, model, from, why, clock.instant(),
                    access.user().id(), access.user().displayName()));
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("market.regime.error.same-date");
        }
        access.record(AuditEvent.SERVICE_AREA_REGIME_SET, area.getName(), model.name(), from, why);
    }

    // --- tender rounds ---

    /**
     * Makes a tender round for a service area of the own municipality. Refused with a Danish message for: an area not
     * under the tender model at the contract start, a title of fewer than 3 or more than 200 characters, a publication
     * in the past, a deadline not after the publication, a contract that starts before the deadline or ends before it
     * starts, more than 5 extension options or 60 months each, 1–50 providers to award, a standstill period of 0–60
     * days, criteria without exactly one price criterion, or weights that do not add up to 100.
     */
    @Transactional
    public long create(TenderViews.TenderForm form) {
        ServiceArea area = area(form.serviceAreaId());
        Access access = accessGuard.require(Permission.MANAGE_TENDERS, Target.municipality(area.getMunicipalityId()));
        String title = text(form.title(), 200, "market.tender.error.title");
        if (title.length() < 3) {
            throw new BusinessException("market.tender.error.title");
        }
        String description = form.description() == null || form.description().isBlank() ? null : text(form.description(), MAX_TEXT, null);
        if (form.publishedOn() == null || form.publishedOn().isBefore(data.today())) {
            throw new BusinessException("market.tender.error.publication");
        }
        if (form.bidDeadline() == null) {
            throw new BusinessException("market.tender.error.deadline");
        }
        Instant publication = form.publishedOn().atStartOfDay(TimeConfiguration.DANISH_TIME).toInstant();
        Instant deadline = form.bidDeadline().atZone(TimeConfiguration.DANISH_TIME).toInstant();
        if (!deadline.isAfter(publication) || !deadline.isAfter(clock.instant())) {
            throw new BusinessException("market.tender.error.deadline");
        }
        if (form.contractFrom() == null || !form.contractFrom().isAfter(form.bidDeadline().toLocalDate())) {
            throw new BusinessException("market.tender.error.contract-from");
        }
        if (form.contractTo() == null || !form.contractTo().isAfter(form.contractFrom())) {
            throw new BusinessException("market.tender.error.contract-to");
        }
        int options = within(form.extensionOptions(), 0, 5, "market.tender.error.extensions");
        int months = within(form.extensionMonths(), 0, 60, "market.tender.error.extensions");
        if (options > 0 && months == 0) {
            throw new BusinessException("market.tender.error.extensions", 0, 5);
        }
        int toAward = within(form.providersToAward(), 1, 50, "market.tender.error.providers");
        int standstill = within(form.standstillDays() == null ? DEFAULT_STANDSTILL_DAYS : form.standstillDays(), 0, 60,
                "market.tender.error.standstill-days");
        if (form.priceUnit() == null) {
            throw new BusinessException("market.tender.error.unit");
        }
        List<TenderViews.CriterionForm> given = form.criteria() == null ? List.of() : form.criteria();
        if (given.stream().filter(c -> c != null && c.kind() == CriterionKind.PRICE).count() != 1) {
            throw new BusinessException("market.tender.error.price-criterion");
        }
        int sum = 0;
        for (TenderViews.CriterionForm c : given) {
            if (c == null || c.kind() == null) {
                throw new BusinessException("market.tender.error.criterion");
            }
            String name = c.name() == null ? "" : c.name().strip();
            if (name.length() < 2 || name.length() > 100) {
                throw new BusinessException("market.tender.error.criterion-name", 2, 100);
            }
            sum += within(c.weight(), 1, 100, "market.tender.error.weight");
        }
        if (sum != 100) {
            throw new BusinessException("market.tender.error.weights", sum);
        }
        if (regimeOn(area.getId(), form.contractFrom()) != ContractModel.TENDER) {
            throw new BusinessException("market.tender.error.not-tender-area", area.getName());
        }
        Set<Long> requirementIds = requirements.active(area.getId()).stream().map(ApprovalRequirement::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        TenderRound tender = tenders.saveAndFlush(new TenderRound(area.getMunicipalityId(), area.getId(), title, description,
                form.contractFrom(), form.contractTo(), options, months, toAward, form.priceUnit(), publication, deadline, standstill,
                requirementIds, clock.instant(), access.user().id()));
        int position = 0;
        for (TenderViews.CriterionForm c : given) {
            criteria.save(new TenderCriterion(tender.getId(), c.kind(), c.name().strip(), c.weight(), position++));
        }
        criteria.flush();
        access.record(AuditEvent.TENDER_CREATED, title, area.getName(), MarketTexts.date(form.bidDeadline().toLocalDate()));
        return tender.getId();
    }

    /** The own municipality's tender rounds, latest deadline first, paged in the database. */
    @Transactional(readOnly = true)
    public List<TenderViews.TenderSummary> search(int offset, int limit) {
        long municipalityId = ownMunicipality(Permission.VIEW_MARKET);
        return tenders.findByMunicipalityIdOrderByBidDeadlineDesc(municipalityId, ProviderApplications.page(offset, limit)).stream()
                .map(data::summary).toList();
    }

    @Transactional(readOnly = true)
    public int count() {
        return (int) tenders.countByMunicipalityId(ownMunicipality(Permission.VIEW_MARKET));
    }

    /** One round of the own municipality in full. */
    @Transactional(readOnly = true)
    public TenderViews.TenderDetails details(long tenderId) {
        TenderRound tender = data.load(tenderId);
        accessGuard.require(Permission.VIEW_MARKET, Target.municipality(tender.getMunicipalityId()));
        return data.details(tender);
    }

    /** The round's bids with their answers and scores; sealed until the deadline has passed. */
    @Transactional(readOnly = true)
    public List<TenderViews.BidView> bids(long tenderId) {
        TenderRound tender = data.load(tenderId);
        accessGuard.require(Permission.VIEW_MARKET, Target.municipality(tender.getMunicipalityId()));
        requireOpened(tender);
        return bids.findByTenderIdOrderBySubmittedAt(tenderId).stream().map(b -> data.bid(tender, b, true)).toList();
    }

    /** The bids ranked by the weighted criteria, each with its calculation; sealed until the deadline has passed. */
    @Transactional(readOnly = true)
    public List<TenderRanking.RankedBid> ranking(long tenderId) {
        TenderRound tender = data.load(tenderId);
        accessGuard.require(Permission.VIEW_MARKET, Target.municipality(tender.getMunicipalityId()));
        requireOpened(tender);
        return data.ranking(tender);
    }

    /**
     * Scores a bid on a criterion other than the price (which is scored by formula), 0–10 with an optional comment;
     * scoring again changes the score. Only after the deadline and before the award.
     */
    @Transactional
    public void score(long bidId, long criterionId, Integer score, String comment) {
        TenderBid bid = bids.findById(bidId).orElseThrow(() -> new BusinessException("market.tender.error.no-bid"));
        TenderRound tender = data.lock(bid.getTenderId());
        Access access = accessGuard.require(Permission.SCORE_BIDS, Target.municipality(tender.getMunicipalityId()));
        tender.requireInEvaluation(clock.instant());
        TenderCriterion criterion = criteria.findById(criterionId).filter(c -> c.getTenderId().equals(tender.getId()))
                .orElseThrow(() -> new BusinessException("market.tender.error.no-criterion"));
        if (criterion.getKind() == CriterionKind.PRICE) {
            throw new BusinessException("market.tender.error.price-by-formula");
        }
        int value = within(score, 0, 10, "market.tender.error.score");
        String note = comment == null || comment.isBlank() ? null : text(comment, 1000, null);
        TenderScore row = scores.findByBidIdAndCriterionId(bidId, criterionId).orElseGet(() -> new TenderScore(bidId, criterionId));
        row.set(value, note, clock.instant(), access.user().id());
        scores.saveAndFlush(row);
        access.record(AuditEvent.TENDER_BID_SCORED, tender.getTitle(), data.organisationName(bid.getOrganisationId()),
                criterion.toView().name(), value, note == null ? "–" : note);
    }

    /**
     * Awards the round to the chosen bids, with a reason. Refused: before the deadline or a second time, no bid or more
     * than the round said, a bid not in this round, a bid not fully scored, a contract that would start before the
     * standstill period ends, and (unless {@code aels18OverrideReason} says why) an area under ÆL § 18 that would have
     * fewer than two providers to choose from at the contract start. Each awarded bid becomes an agreement for the
     * contract period at its price; every bidder is told by mail, with the standstill period.
     */
    @Transactional
    public void award(long tenderId, Set<Long> bidIds, String reason, String aels18OverrideReason) {
        TenderRound tender = data.lock(tenderId);
        Access access = accessGuard.require(Permission.AWARD_TENDERS, Target.municipality(tender.getMunicipalityId()));
        tender.requireInEvaluation(clock.instant());
        Set<Long> chosen = bidIds == null ? Set.of() : Set.copyOf(bidIds);
        if (chosen.isEmpty() || chosen.size() > tender.getProvidersToAward()) {
            throw new BusinessException("market.tender.error.award-count", tender.getProvidersToAward());
        }
        String why = text(reason, MAX_TEXT, "market.error.reason-required");
        List<TenderBid> all = bids.findByTenderIdOrderBySubmittedAt(tenderId);
        Map<Long, TenderBid> byId = all.stream().collect(Collectors.toMap(TenderBid::getId, b -> b));
        if (!byId.keySet().containsAll(chosen)) {
            throw new BusinessException("market.tender.error.no-bid");
        }
        List<TenderRanking.RankedBid> ranking = data.ranking(tender);
        if (ranking.stream().filter(r -> chosen.contains(r.bidId())).anyMatch(r -> !r.complete())) {
            throw new BusinessException("market.tender.error.not-scored");
        }
        LocalDate standstillUntil = data.today().plusDays(tender.getStandstillDays());
        if (!tender.getContractFrom().isAfter(standstillUntil)) {
            throw new BusinessException("market.tender.error.standstill", MarketTexts.date(standstillUntil));
        }
        ServiceArea area = area(tender.getServiceAreaId());
        Set<Long> selectableThen = providers.selectable(area.getMunicipalityId(), area.getId(), tender.getContractFrom()).stream()
                .map(Provider::getId).collect(Collectors.toSet());
        int joining = 0;
        for (Long bidId : chosen) {
            Optional<Provider> presence = organisations.presenceIn(byId.get(bidId).getOrganisationId(), area.getMunicipalityId());
            if (presence.isEmpty() || !selectableThen.contains(presence.get().getId())) {
                joining++;
            }
        }
        List<String> breaches = health.breachOn(area, tender.getContractFrom(), Set.of(), joining).stream().toList();
        MarketHealth.confirmBreaches(access, tender.getTitle(), breaches, aels18OverrideReason);

        List<String> awardedNames = new ArrayList<>();
        for (TenderRanking.RankedBid ranked : ranking) {
            TenderBid bid = byId.get(ranked.bidId());
            if (chosen.contains(bid.getId())) {
                long providerId = registry.presenceIn(bid.getOrganisationId(), area.getMunicipalityId(), ProviderType.PRIVATE, bid.getPostcodes());
                long agreementId = registry.agree(providerId, area.getId(), AgreementModel.TENDER, tender.getContractFrom(), tender.getContractTo(),
                        bid.getCapacity(), bid.getPriceOre(), tender.getPriceUnit());
                bid.decide(TenderBid.Outcome.AWARDED, agreementId);
                awardedNames.add(ranked.bidder());
            } else {
                bid.decide(TenderBid.Outcome.NOT_AWARDED, null);
            }
            bids.save(bid);
        }
        bids.flush();
        tender.award(clock.instant(), standstillUntil, access.user().id(), access.user().displayName(), why);
        tenders.saveAndFlush(tender);
        String municipality = data.municipalityName(tender.getMunicipalityId());
        for (TenderBid bid : all) {
            boolean won = chosen.contains(bid.getId());
            notifications.send(bid.getContactEmail(), won ? "tender-awarded" : "tender-not-awarded", "tender-" + tenderId + "-bid-" + bid.getId(),
                    data.organisationName(bid.getOrganisationId()), municipality, tender.getTitle(), MarketTexts.date(standstillUntil),
                    MarketTexts.date(tender.getContractFrom()), MarketTexts.date(tender.getContractTo()));
        }
        access.record(AuditEvent.TENDER_AWARDED, tender.getTitle(), String.join(", ", awardedNames), MarketTexts.date(standstillUntil), why);
    }

    // --- agreements ---

    /**
     * The agreements of the own municipality's providers that are valid today or later, soonest end first; with
     * {@code runningOutOnly} those ending within {@link #RUNNING_OUT_MONTHS} months.
     */
    @Transactional(readOnly = true)
    public List<TenderViews.AgreementRow> agreements(boolean runningOutOnly) {
        long municipalityId = ownMunicipality(Permission.VIEW_MARKET);
        LocalDate today = data.today();
        LocalDate horizon = today.plusMonths(RUNNING_OUT_MONTHS);
        String municipality = data.municipalityName(municipalityId);
        List<TenderViews.AgreementRow> rows = new ArrayList<>();
        for (Provider provider : providers.inMunicipality(municipalityId)) {
            for (ProviderAgreement a : providers.agreements(provider.getId())) {
                if (a.getValidTo() != null && a.getValidTo().isBefore(today)) {
                    continue;
                }
                if (runningOutOnly && (a.getValidTo() == null || a.getValidTo().isAfter(horizon))) {
                    continue;
                }
                rows.add(new TenderViews.AgreementRow(a.getId(), provider.getId(), provider.getName(), a.getServiceAreaId(),
                        data.areaName(a.getServiceAreaId()), a.getModel(), a.getValidFrom(), a.getValidTo(), a.getPriceOre(), a.getPriceUnit(),
                        a.getCapacity(), municipality));
            }
        }
        rows.sort(Comparator.comparing((TenderViews.AgreementRow r) -> r.validTo() == null ? LocalDate.MAX : r.validTo())
                .thenComparing(TenderViews.AgreementRow::providerName));
        return List.copyOf(rows);
    }

    /**
     * Ends an agreement of the own municipality early: the last day (today or later, before its current end) and a
     * reason. When that leaves an area under ÆL § 18 with fewer than two providers to choose from the day after, it is
     * refused unless {@code aels18OverrideReason} says why.
     */
    @Transactional
    public void endAgreement(long agreementId, LocalDate lastDay, String reason, String aels18OverrideReason) {
        Access access = accessGuard.requireOwn(Permission.AWARD_TENDERS);
        long municipalityId = ((Target.Municipality) access.target()).municipalityId();
        Map.Entry<Provider, ProviderAgreement> found = ownAgreement(municipalityId, agreementId);
        Provider provider = found.getKey();
        ProviderAgreement agreement = found.getValue();
        if (lastDay == null || lastDay.isBefore(data.today()) || lastDay.isBefore(agreement.getValidFrom())
                || (agreement.getValidTo() != null && !lastDay.isBefore(agreement.getValidTo()))) {
            throw new BusinessException("market.agreement.error.last-day");
        }
        String why = text(reason, 1000, "market.error.reason-required");
        ServiceArea area = area(agreement.getServiceAreaId());
        List<String> breaches = health.breachOn(area, lastDay.plusDays(1), Set.of(provider.getId()), 0).stream().toList();
        MarketHealth.confirmBreaches(access, provider.getName(), breaches, aels18OverrideReason);
        registry.agree(provider.getId(), agreement.getServiceAreaId(), agreement.getModel(), agreement.getValidFrom(), lastDay,
                agreement.getCapacity(), agreement.getPriceOre(), agreement.getPriceUnit());
        access.record(AuditEvent.AGREEMENT_ENDED, provider.getName(), area.getName(), MarketTexts.date(lastDay), why);
    }

    /**
     * Uses one of the tender's extension options on an agreement it gave: the agreement then runs the option's months
     * longer. Refused for an agreement not from a tender, an open-ended one, or when every option is used.
     */
    @Transactional
    public LocalDate extendAgreement(long agreementId, String reason) {
        Access access = accessGuard.requireOwn(Permission.AWARD_TENDERS);
        long municipalityId = ((Target.Municipality) access.target()).municipalityId();
        Map.Entry<Provider, ProviderAgreement> found = ownAgreement(municipalityId, agreementId);
        ProviderAgreement agreement = found.getValue();
        TenderBid bid = bids.findByAgreementId(agreementId).orElseThrow(() -> new BusinessException("market.agreement.error.not-tender"));
        TenderRound tender = data.load(bid.getTenderId());
        String why = text(reason, 1000, "market.error.reason-required");
        if (agreement.getValidTo() == null || tender.getExtensionOptions() == 0 || tender.getExtensionMonths() == 0) {
            throw new BusinessException("market.agreement.error.no-extension-left");
        }
        long used = java.time.temporal.ChronoUnit.MONTHS.between(tender.getContractTo(), agreement.getValidTo()) / tender.getExtensionMonths();
        if (used >= tender.getExtensionOptions()) {
            throw new BusinessException("market.agreement.error.no-extension-left");
        }
        LocalDate until = agreement.getValidTo().plusMonths(tender.getExtensionMonths());
        registry.agree(found.getKey().getId(), agreement.getServiceAreaId(), agreement.getModel(), agreement.getValidFrom(), until,
                agreement.getCapacity(), agreement.getPriceOre(), agreement.getPriceUnit());
        access.record(AuditEvent.AGREEMENT_EXTENDED, found.getKey().getName(), data.areaName(agreement.getServiceAreaId()),
                MarketTexts.date(until), why);
        return until;
    }

    private Map.Entry<Provider, ProviderAgreement> ownAgreement(long municipalityId, long agreementId) {
        for (Provider p : providers.inMunicipality(municipalityId)) {
            for (ProviderAgreement a : providers.agreements(p.getId())) {
                if (a.getId() == agreementId) {
                    return Map.entry(p, a);
                }
            }
        }
        throw accessGuard.deny(Permission.AWARD_TENDERS, "agreement " + agreementId);
    }

    /** The own municipality's service areas with the regime each is under today. */
    @Transactional(readOnly = true)
    public List<Map.Entry<ServiceArea, ContractModel>> areasWithRegime() {
        long municipalityId = ownMunicipality(Permission.VIEW_MARKET);
        LocalDate today = data.today();
        return municipalities.serviceAreas(municipalityId).stream()
                .map(a -> Map.entry(a, regimeOn(a.getId(), today))).toList();
    }

    private void requireOpened(TenderRound tender) {
        if (tender.status(clock.instant()) == TenderStatus.PLANNED || tender.status(clock.instant()) == TenderStatus.OPEN) {
            throw new BusinessException("market.tender.error.sealed");
        }
    }

    private ServiceArea area(long serviceAreaId) {
        return municipalities.serviceArea(serviceAreaId).orElseThrow(() -> new BusinessException("market.error.no-area"));
    }

    private long ownMunicipality(Permission permission) {
        return ((Target.Municipality) accessGuard.requireOwn(permission).target()).municipalityId();
    }

    static int within(Integer value, int min, int max, String key) {
        if (value == null || value < min || value > max) {
            throw new BusinessException(key, min, max);
        }
        return value;
    }

    /** A stripped text of at most {@code max} characters; empty is refused with {@code emptyKey} (or allowed when null). */
    static String text(String value, int max, String emptyKey) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() && emptyKey != null) {
            throw new BusinessException(emptyKey);
        }
        if (v.length() > max) {
            throw new BusinessException("market.error.text-too-long", max);
        }
        return v;
    }
}
