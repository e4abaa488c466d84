package dk.fritvalg.market;

import dk.fritvalg.provider.Provider;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider organisation's side of the tender model: the open tender rounds of every municipality on the portal,
 * its own bid in each (given and changed until the deadline, never after), its own bids and their outcome, and its
 * agreements. Every method works on the user's own organisation only: no bid can be seen by another provider.
 */
@Service
public class TenderBids {

    public static final long MAX_PRICE_ORE = 10_000_000L;

    private final TenderRoundRepository tenders;
    private final TenderBidRepository bids;
    private final TenderData data;
    private final ProviderOrganisations organisations;
    private final ProviderService providers;
    private final AccessGuard accessGuard;

    TenderBids(TenderRoundRepository tenders, TenderBidRepository bids, TenderData data, ProviderOrganisations organisations,
               ProviderService providers, AccessGuard accessGuard) {
        this.tenders = tenders;
        this.bids = bids;
        this.data = data;
        this.organisations = organisations;
        this.providers = providers;
        this.accessGuard = accessGuard;
    }

    /** The rounds open for bids now, in every municipality, soonest deadline first, paged in the database. */
    @Transactional(readOnly = true)
    public List<TenderViews.TenderSummary> open(int offset, int limit) {
        ownOrganisation(Permission.BID_IN_TENDERS);
        return tenders.open(data.now(), ProviderApplications.page(offset, limit)).stream().map(data::summary).toList();
    }

    @Transactional(readOnly = true)
    public int countOpen() {
        ownOrganisation(Permission.BID_IN_TENDERS);
        return (int) tenders.countOpen(data.now());
    }

    /** A published round as a bidder reads it: the terms, the minimum requirements and the criteria with their weights. */
    @Transactional(readOnly = true)
    public TenderViews.TenderDetails tender(long tenderId) {
        ownOrganisation(Permission.BID_IN_TENDERS);
        TenderRound tender = data.load(tenderId);
        if (tender.status(data.now()) == TenderStatus.PLANNED) {
            throw new BusinessException("market.tender.error.not-found");
        }
        TenderViews.TenderDetails details = data.details(tender);
        // The number of bids and the award's reasoning are the municipality's until it tells the bidders.
        TenderViews.TenderSummary s = details.summary();
        return new TenderViews.TenderDetails(new TenderViews.TenderSummary(s.id(), s.title(), s.municipalityName(), s.serviceArea(),
                s.contractFrom(), s.contractTo(), s.publicationAt(), s.bidDeadline(), s.status(), 0, s.providersToAward()),
                details.municipalityId(), details.serviceAreaId(), details.description(), details.extensionOptions(), details.extensionMonths(),
                details.priceUnit(), details.standstillDays(), details.requirements(), details.criteria(), details.awardedAt(), null, null,
                details.standstillUntil());
    }

    /** The own organisation's bid in the round, if it gave one. */
    @Transactional(readOnly = true)
    public Optional<TenderViews.BidView> ownBid(long tenderId) {
        long organisationId = ownOrganisation(Permission.BID_IN_TENDERS);
        TenderRound tender = data.load(tenderId);
        return bids.findByTenderIdAndOrganisationId(tenderId, organisationId).map(b -> data.bid(tender, b, false));
    }

    /**
     * Gives the own organisation's bid in the round, or changes it, while the round is open. Refused: before the
     * publication or after the deadline, a price outside 0.01–100,000 kr., a capacity outside 1–100,000, bad postcodes
     * or e-mail, a missing answer to a requirement or a scored criterion, or an answer over 2,000 characters.
     */
    @Transactional
    public long submit(TenderViews.BidForm form) {
        Access access = accessGuard.requireOwn(Permission.BID_IN_TENDERS);
        long organisationId = ((Target.Organisation) access.target()).organisationId();
        TenderRound tender = data.lock(form.tenderId());
        tender.requireOpenForBids(data.now());
        if (form.priceOre() == null || form.priceOre() < 1 || form.priceOre() > MAX_PRICE_ORE) {
            throw new BusinessException("market.bid.error.price", MAX_PRICE_ORE / 100);
        }
        if (form.capacity() == null || form.capacity() < 1 || form.capacity() > 100_000) {
            throw new BusinessException("market.application.error.capacity", 1, 100_000);
        }
        Set<String> postcodes = ProviderApplications.postcodes(form.postcodes());
        String email = form.contactEmail() == null ? "" : form.contactEmail().strip();
        if (!EmailAddress.isValid(email)) {
            throw new BusinessException("market.application.error.email");
        }
        Map<Long, String> requirementAnswers = new LinkedHashMap<>();
        for (Long requirementId : tender.getRequirementIds()) {
            requirementAnswers.put(requirementId, answer(form.requirementAnswers(), requirementId, "market.bid.error.requirement-answer"));
        }
        Map<Long, String> criterionAnswers = new LinkedHashMap<>();
        for (Criterion criterion : data.criteria(tender.getId())) {
            if (criterion.kind() != CriterionKind.PRICE) {
                criterionAnswers.put(criterion.id(), answer(form.criterionAnswers(), criterion.id(), "market.bid.error.criterion-answer"));
            }
        }
        TenderBid bid = bids.findByTenderIdAndOrganisationId(tender.getId(), organisationId)
                .orElseGet(() -> new TenderBid(tender.getId(), organisationId, data.now(), access.user().id()));
        bid.change(form.priceOre(), form.capacity(), postcodes, email, requirementAnswers, criterionAnswers, data.now());
        try {
            bid = bids.saveAndFlush(bid);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("market.error.changed-meanwhile");
        }
        access.record(AuditEvent.TENDER_BID_SUBMITTED, tender.getTitle(), data.organisationName(organisationId));
        return bid.getId();
    }

    /** The own organisation's bids, newest first, paged in the database. */
    @Transactional(readOnly = true)
    public List<TenderViews.BidView> ownBids(int offset, int limit) {
        long organisationId = ownOrganisation(Permission.VIEW_OWN_BIDS);
        return bids.findByOrganisationIdOrderBySubmittedAtDesc(organisationId, ProviderApplications.page(offset, limit)).stream()
                .map(b -> data.bid(data.load(b.getTenderId()), b, false)).toList();
    }

    @Transactional(readOnly = true)
    public int countOwnBids() {
        return (int) bids.countByOrganisationId(ownOrganisation(Permission.VIEW_OWN_BIDS));
    }

    /** The own organisation's agreements in every municipality (approval and tender), current and coming. */
    @Transactional(readOnly = true)
    public List<TenderViews.AgreementRow> ownAgreements() {
        long organisationId = ownOrganisation(Permission.VIEW_OWN_BIDS);
        List<TenderViews.AgreementRow> rows = new ArrayList<>();
        for (Provider provider : organisations.presences(organisationId)) {
            String municipality = data.municipalityName(provider.getMunicipalityId());
            for (ProviderAgreement a : providers.agreements(provider.getId())) {
                if (a.getValidTo() != null && a.getValidTo().isBefore(data.today())) {
                    continue;
                }
                rows.add(new TenderViews.AgreementRow(a.getId(), provider.getId(), provider.getName(), a.getServiceAreaId(),
                        data.areaName(a.getServiceAreaId()), a.getModel(), a.getValidFrom(), a.getValidTo(), a.getPriceOre(), a.getPriceUnit(),
                        a.getCapacity(), municipality));
            }
        }
        rows.sort(Comparator.comparing(TenderViews.AgreementRow::municipalityName).thenComparing(TenderViews.AgreementRow::serviceArea));
        return List.copyOf(rows);
    }

    private long ownOrganisation(Permission permission) {
        return ((Target.Organisation) accessGuard.requireOwn(permission).target()).organisationId();
    }

    private static String answer(Map<Long, String> answers, long id, String missingKey) {
        String answer = answers == null ? null : answers.get(id);
        answer = answer == null ? "" : answer.strip();
        if (answer.isEmpty()) {
            throw new BusinessException(missingKey);
        }
        if (answer.length() > Tenders.MAX_TEXT) {
            throw new BusinessException("market.application.error.answer-too-long", Tenders.MAX_TEXT);
        }
        return answer;
    }
}
