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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The parts of a tender round both sides read: summaries, details and bids. No checks here; the services check first. */
@Component
class TenderData {

    private final TenderRoundRepository tenders;
    private final TenderCriterionRepository criteria;
    private final TenderBidRepository bids;
    private final TenderScoreRepository scores;
    private final ApprovalRequirementRepository requirements;
    private final MunicipalityService municipalities;
    private final ProviderOrganisations organisations;
    private final Clock clock;

    TenderData(TenderRoundRepository tenders, TenderCriterionRepository criteria, TenderBidRepository bids, TenderScoreRepository scores,
               ApprovalRequirementRepository requirements, MunicipalityService municipalities, ProviderOrganisations organisations,
               Clock clock) {
        this.tenders = tenders;
        this.criteria = criteria;
        this.bids = bids;
        this.scores = scores;
        this.requirements = requirements;
        this.municipalities = municipalities;
        this.organisations = organisations;
        this.clock = clock;
    }

    TenderRound load(long tenderId) {
        return tenders.findById(tenderId).orElseThrow(() -> new BusinessException("market.tender.error.not-found"));
    }

    TenderRound lock(long tenderId) {
        return tenders.lockById(tenderId).orElseThrow(() -> new BusinessException("market.tender.error.not-found"));
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME));
    }

    String areaName(long serviceAreaId) {
        return municipalities.serviceArea(serviceAreaId).map(ServiceArea::getName).orElse("");
    }

    String municipalityName(long municipalityId) {
        return municipalities.byId(municipalityId).map(m -> m.getName()).orElse("");
    }

    String organisationName(long organisationId) {
        return organisations.byId(organisationId).map(ProviderOrganisation::getName).orElse("");
    }

    List<Criterion> criteria(long tenderId) {
        return criteria.findByTenderIdOrderByPosition(tenderId).stream().map(TenderCriterion::toView).toList();
    }

    List<Requirement> requirements(TenderRound tender) {
        return requirements.findAllById(tender.getRequirementIds()).stream()
                .sorted(java.util.Comparator.comparingInt(ApprovalRequirement::getPosition)).map(ApprovalRequirement::toView).toList();
    }

    TenderViews.TenderSummary summary(TenderRound t) {
        return new TenderViews.TenderSummary(t.getId(), t.getTitle(), municipalityName(t.getMunicipalityId()), areaName(t.getServiceAreaId()),
                t.getContractFrom(), t.getContractTo(), t.getPublicationAt(), t.getBidDeadline(), t.status(now()), bids.countByTenderId(t.getId()),
                t.getProvidersToAward());
    }

    TenderViews.TenderDetails details(TenderRound t) {
        return new TenderViews.TenderDetails(summary(t), t.getMunicipalityId(), t.getServiceAreaId(), t.getDescription(),
                t.getExtensionOptions(), t.getExtensionMonths(), t.getPriceUnit(), t.getStandstillDays(), requirements(t), criteria(t.getId()),
                t.getAwardedAt(), t.getAwardedByName(), t.getAwardReason(), t.getStandstillUntil());
    }

    /** The bid as its bidder sees it (no scores), or with the staff's scores. */
    TenderViews.BidView bid(TenderRound tender, TenderBid b, boolean withScores) {
        Optional<ProviderOrganisation> organisation = organisations.byId(b.getOrganisationId());
        Map<Long, TenderViews.ScoreRow> scored = new LinkedHashMap<>();
        if (withScores) {
            scores.findByBidIdIn(List.of(b.getId())).forEach(s -> scored.put(s.getCriterionId(), new TenderViews.ScoreRow(s.getScore(), s.getComment())));
        }
        return new TenderViews.BidView(b.getId(), tender.getId(), tender.getTitle(), b.getOrganisationId(),
                organisation.map(ProviderOrganisation::getName).orElse(""), organisation.map(ProviderOrganisation::getCvr).orElse(""),
                b.getPriceOre(), tender.getPriceUnit(), b.getCapacity(), List.copyOf(b.getPostcodes()), b.getContactEmail(), b.getSubmittedAt(),
                b.getChangedAt(), b.getOutcome() == null ? null : b.getOutcome().name(), Map.copyOf(b.getRequirementAnswers()),
                Map.copyOf(b.getCriterionAnswers()), scored);
    }

    /** The round's bids ranked by the weighted criteria. */
    List<TenderRanking.RankedBid> ranking(TenderRound tender) {
        List<TenderBid> all = bids.findByTenderIdOrderBySubmittedAt(tender.getId());
        Map<Long, Map<Long, Integer>> byBid = scores.findByBidIdIn(all.stream().map(TenderBid::getId).toList()).stream()
                .collect(Collectors.groupingBy(TenderScore::getBidId, Collectors.toMap(TenderScore::getCriterionId, TenderScore::getScore)));
        return TenderRanking.rank(criteria(tender.getId()), all.stream()
                .map(b -> new TenderRanking.BidInput(b.getId(), organisationName(b.getOrganisationId()), b.getPriceOre(), b.getSubmittedAt(),
                        byBid.getOrDefault(b.getId(), Map.of())))
                .toList());
    }
}
