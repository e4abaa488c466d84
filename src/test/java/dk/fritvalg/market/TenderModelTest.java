package dk.fritvalg.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.municipality.ContractModel;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderOrganisations;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestClock;
import dk.fritvalg.support.TestMailServer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tender model as the procurement office and the provider organisations use it: the regime per area from a date,
 * a tender round, sealed bids changed only until the deadline, scores, the ranking with the worked example, the award
 * with its standstill period and agreements at the awarded price, the ÆL § 18 guard on the award and on the end of an
 * agreement, agreements running out, and the denials (another municipality's staff, another provider, a citizen).
 */
@IntegrationTest
class TenderModelTest {

    @Autowired
    Tenders tenders;
    @Autowired
    TenderBids bids;
    @Autowired
    TenderFixture fixture;
    @Autowired
    MarketFixture market;
    @Autowired
    ProviderFixture providers;
    @Autowired
    ProviderRegistry registry;
    @Autowired
    ProviderOrganisations organisations;
    @Autowired
    SettlementPrices prices;
    @Autowired
    CitizenFixture citizens;
    @Autowired
    ApprovalRequirements requirements;
    @Autowired
    ProviderApplications applications;
    @Autowired
    JdbcTemplate jdbc;

    Municipality municipality;
    LocalDate today;

    @BeforeEach
    void freshMunicipality() {
        TestMailServer.get();
        municipality = market.freshMunicipality();
        today = LocalDate.now(TimeConfiguration.DANISH_TIME);
    }

    @AfterEach
    void reset() {
        TestClock.reset();
        SecurityContextHolder.clearContext();
    }

    private void actAsProcurement() {
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, municipality.getId()));
    }

    @Test
    void theRegimeOfAnAreaChangesFromADateAndBothAreKept() {
        actAsProcurement();
        long meals = market.area(municipality, ServiceAreaKind.MEALS);
        assertThat(tenders.regimeOn(meals, today)).isEqualTo(ContractModel.APPROVAL);
        tenders.setRegime(meals, ContractModel.TENDER, today.plusMonths(3), "Madservice sendes i udbud fra april");
        assertThat(tenders.regimeOn(meals, today)).isEqualTo(ContractModel.APPROVAL);
        assertThat(tenders.regimeOn(meals, today.plusMonths(3))).isEqualTo(ContractModel.TENDER);
        tenders.setRegime(meals, ContractModel.APPROVAL, today.plusYears(3), "Tilbage til godkendelse efter kontrakten");
        assertThat(tenders.regimes(meals)).extracting(Regime::model).containsExactly(ContractModel.APPROVAL, ContractModel.TENDER);
        assertThat(tenders.regimeOn(meals, today.plusYears(2))).isEqualTo(ContractModel.TENDER);

        assertThatThrownBy(() -> tenders.setRegime(meals, ContractModel.TENDER, today.minusDays(1), "For sent"))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("market.regime.error.date");
        assertThatThrownBy(() -> tenders.setRegime(meals, ContractModel.TENDER, today.plusMonths(4), "Igen"))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("market.regime.error.same");
        assertThatThrownBy(() -> tenders.setRegime(meals, ContractModel.TENDER, today.plusMonths(1), " "))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("market.error.reason-required");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE municipality_id = ? AND event = 'SERVICE_AREA_REGIME_SET'",
                Integer.class, municipality.getId())).isEqualTo(2);
    }

    @Test
    void anAreaUnderTheTenderModelTakesNoApplicationsForApproval() {
        actAsProcurement();
        long practical = market.area(municipality, ServiceAreaKind.PRACTICAL_HELP);
        tenders.setRegime(practical, ContractModel.TENDER, today, "Udbud");
        java.util.Map<Long, String> answers = new java.util.HashMap<>();
        requirements.of(practical).forEach(r -> answers.put(r.id(), "Ja"));
        CitizenFixture.actAs(MarketFixture.organisationAdmin(providers.organisation("Ansøger ApS")));
        assertThatThrownBy(() -> applications.apply(new ProviderApplications.ApplicationForm(municipality.getId(), Set.of(practical), "8000",
                10, TenderFixture.newEmail("ansoeger"), answers)))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("market.application.error.area-tendered");
    }

    @Test
    void aRoundIsRefusedWithAClearReasonForBadInput() {
        actAsProcurement();
        long practical = market.area(municipality, ServiceAreaKind.PRACTICAL_HELP);
        TenderViews.TenderForm good = TenderFixture.form(practical, 2);
        assertThatThrownBy(() -> tenders.create(good)).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("market.tender.error.not-tender-area");
        tenders.setRegime(practical, ContractModel.TENDER, today, "Udbud");
        List<TenderViews.CriterionForm> badWeights = List.of(new TenderViews.CriterionForm(CriterionKind.PRICE, "Pris", 50),
                new TenderViews.CriterionForm(CriterionKind.QUALITY, "Kvalitet", 40));
        assertThatThrownBy(() -> tenders.create(withCriteria(good, badWeights))).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).arguments()).containsExactly(90))
                .hasMessageStartingWith("market.tender.error.weights");
        assertThatThrownBy(() -> tenders.create(withCriteria(good, List.of(new TenderViews.CriterionForm(CriterionKind.QUALITY, "Kvalitet", 100)))))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("market.tender.error.price-criterion");
        TenderViews.TenderForm contractBeforeDeadline = new TenderViews.TenderForm(practical, good.title(), null, today, good.contractTo(),
                0, 0, 2, SettlementUnit.HOUR, today, good.bidDeadline(), 10, good.criteria());
        assertThatThrownBy(() -> tenders.create(contractBeforeDeadline)).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("market.tender.error.contract-from");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tender_round WHERE municipality_id = ?", Integer.class, municipality.getId()))
                .isZero();
        long id = tenders.create(good);
        assertThat(tenders.details(id).requirements()).isNotEmpty();
        assertThat(tenders.details(id).summary().status()).isEqualTo(TenderStatus.OPEN);
    }

    private static TenderViews.TenderForm withCriteria(TenderViews.TenderForm f, List<TenderViews.CriterionForm> criteria) {
        return new TenderViews.TenderForm(f.serviceAreaId(), f.title(), f.description(), f.contractFrom(), f.contractTo(), f.extensionOptions(),
                f.extensionMonths(), f.providersToAward(), f.priceUnit(), f.publishedOn(), f.bidDeadline(), f.standstillDays(), criteria);
    }

    @Test
    void bidsAreSealedChangedOnlyBeforeTheDeadlineRankedAsByHandAndTheAwardGivesAgreementsAtTheAwardedPrice() {
        TenderFixture.Round round = fixture.openRound(municipality, ServiceAreaKind.PRACTICAL_HELP, 2);
        long a = providers.organisation("Alfa Omsorg ApS");
        long b = providers.organisation("Beta Hjemmehjælp ApS");
        long c = providers.organisation("Cura Pleje ApS");
        String mailA = TenderFixture.newEmail("alfa");
        String mailB = TenderFixture.newEmail("beta");
        String mailC = TenderFixture.newEmail("cura");
        long bidA = fixture.bid(a, round.tenderId(), 31_000, mailA, municipality.getId());
        // Alfa changes its price before the deadline: the same bid, the new price.
        assertThat(fixture.bid(a, round.tenderId(), 30_000, mailA, municipality.getId())).isEqualTo(bidA);
        long bidB = fixture.bid(b, round.tenderId(), 25_000, mailB, municipality.getId());
        long bidC = fixture.bid(c, round.tenderId(), 27_500, mailC, municipality.getId());

        // No provider sees another's bid: Beta sees its own only.
        CitizenFixture.actAs(MarketFixture.organisationAdmin(b));
        assertThat(bids.ownBid(round.tenderId())).hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(bidB));
        assertThat(bids.ownBids(0, 50)).extracting(TenderViews.BidView::id).containsExactly(bidB);
        assertThat(bids.open(0, 500)).extracting(TenderViews.TenderSummary::id).contains(round.tenderId());
        assertThatThrownBy(() -> tenders.bids(round.tenderId())).isInstanceOf(AccessDeniedException.class);
        // Staff cannot open the bids before the deadline either.
        actAsProcurement();
        assertThat(tenders.details(round.tenderId()).summary().bids()).isEqualTo(3);
        assertThatThrownBy(() -> tenders.bids(round.tenderId())).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("market.tender.error.sealed");
        assertThatThrownBy(() -> tenders.score(bidA, round.quality(), 5, null)).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("market.tender.error.sealed");

        TenderFixture.pastDeadline(round);
        // After the deadline no bid can be given or changed.
        assertThatThrownBy(() -> fixture.bid(a, round.tenderId(), 20_000, mailA, municipality.getId()))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("market.tender.error.closed");
        assertThatThrownBy(() -> fixture.bid(providers.organisation("For Sent ApS"), round.tenderId(), 20_000, TenderFixture.newEmail("sent"),
                municipality.getId())).isInstanceOf(BusinessException.class).hasMessageStartingWith("market.tender.error.closed");
        assertThat(jdbc.queryForObject("SELECT price_ore FROM tender_bid WHERE id = ?", Long.class, bidA)).isEqualTo(30_000);

        actAsProcurement();
        assertThat(tenders.bids(round.tenderId())).hasSize(3);
        assertThatThrownBy(() -> tenders.score(bidA, round.price(), 5, null)).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("market.tender.error.price-by-formula");
        assertThatThrownBy(() -> tenders.score(bidA, round.quality(), 11, null)).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("market.tender.error.score");
        tenders.score(bidA, round.quality(), 8, "Gode planer for faglig udvikling");
        tenders.score(bidA, round.continuity(), 6, null);
        tenders.score(bidB, round.quality(), 6, null);
        tenders.score(bidC, round.quality(), 9, null);
        tenders.score(bidC, round.continuity(), 9, "Faste teams");
        assertThatThrownBy(() -> tenders.award(round.tenderId(), Set.of(bidC, bidB), "Højeste samlede point", null))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("market.tender.error.not-scored");
        tenders.score(bidB, round.continuity(), 7, null);

        // The worked example of TenderRankingTest, now through the portal: C 9,04 · B 7,80 · A 7,73.
        List<TenderRanking.RankedBid> ranking = tenders.ranking(round.tenderId());
        assertThat(ranking).extracting(TenderRanking.RankedBid::bidId).containsExactly(bidC, bidB, bidA);
        assertThat(ranking).extracting(TenderRanking.RankedBid::total)
                .containsExactly(new BigDecimal("9.04"), new BigDecimal("7.80"), new BigDecimal("7.73"));

        assertThatThrownBy(() -> tenders.award(round.tenderId(), Set.of(bidA, bidB, bidC), "Alle", null))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("market.tender.error.award-count");
        assertThatThrownBy(() -> tenders.award(round.tenderId(), Set.of(bidC, bidB), " ", null))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("market.error.reason-required");
        tenders.award(round.tenderId(), Set.of(bidC, bidB), "De to højeste samlede point efter de offentliggjorte kriterier", null);

        TenderViews.TenderDetails awarded = tenders.details(round.tenderId());
        assertThat(awarded.summary().status()).isEqualTo(TenderStatus.AWARDED);
        assertThat(awarded.awardReason()).isEqualTo("De to højeste samlede point efter de offentliggjorte kriterier");
        assertThat(awarded.awardedBy()).isEqualTo("Test MUNICIPAL_PROCUREMENT");
        assertThat(awarded.standstillUntil())
                .isEqualTo(LocalDate.ofInstant(round.deadline().plusSeconds(60), TimeConfiguration.DANISH_TIME).plusDays(10));
        assertThatThrownBy(() -> tenders.award(round.tenderId(), Set.of(bidA), "Igen", null))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("market.tender.error.already-awarded");

        // The awarded bids are agreements of the tender model for the contract period at their own price.
        long providerC = organisations.presenceIn(c, municipality.getId()).orElseThrow().getId();
        assertThat(organisations.presenceIn(a, municipality.getId())).isEmpty();
        assertThat(prices.priceFor(providerC, round.serviceAreaId(), SettlementUnit.HOUR, round.contractFrom())).hasValueSatisfying(p -> {
            assertThat(p.priceOre()).isEqualTo(27_500);
            assertThat(p.source()).isEqualTo(AppliedPrice.Source.AWARDED_PRICE);
            assertThat(p.from()).isEqualTo(round.contractFrom());
            assertThat(p.to()).isEqualTo(round.contractTo());
        });
        assertThat(jdbc.queryForObject("SELECT model FROM provider_agreement WHERE provider_id = ?", String.class, providerC))
                .isEqualTo(AgreementModel.TENDER.name());
        assertThat(jdbc.queryForList("SELECT outcome FROM tender_bid WHERE tender_id = ? ORDER BY id", String.class, round.tenderId()))
                .containsExactly("NOT_AWARDED", "AWARDED", "AWARDED");
        assertThat(TestMailServer.subject(TestMailServer.awaitMailTo(mailC, 1).getFirst())).startsWith("I har vundet udbuddet");
        assertThat(TestMailServer.subject(TestMailServer.awaitMailTo(mailA, 1).getFirst())).startsWith("Resultat af udbuddet");

        // The bidder sees the outcome and its new agreement.
        CitizenFixture.actAs(MarketFixture.organisationAdmin(c));
        assertThat(bids.ownBids(0, 10)).extracting(TenderViews.BidView::outcome).containsExactly("AWARDED");
        assertThat(bids.ownAgreements()).anySatisfy(r -> {
            assertThat(r.model()).isEqualTo(AgreementModel.TENDER);
            assertThat(r.priceOre()).isEqualTo(27_500);
            assertThat(r.validTo()).isEqualTo(round.contractTo());
        });
    }

    @Test
    void anAwardedAgreementIsExtendedByTheTendersOptionsAndNoFurther() {
        TenderFixture.Round round = fixture.openRound(municipality, ServiceAreaKind.PRACTICAL_HELP, 1);
        long org = providers.organisation("Forlænget ApS");
        long bid = fixture.bid(org, round.tenderId(), 30_000, TenderFixture.newEmail("forlaenget"), municipality.getId());
        TenderFixture.pastDeadline(round);
        actAsProcurement();
        tenders.score(bid, round.quality(), 5, null);
        tenders.score(bid, round.continuity(), 5, null);
        tenders.award(round.tenderId(), Set.of(bid), "Eneste tilbud", null);
        long agreement = jdbc.queryForObject("SELECT agreement_id FROM tender_bid WHERE id = ?", Long.class, bid);
        // The fixture's round has two options of 12 months each.
        assertThat(tenders.extendAgreement(agreement, "God kvalitet")).isEqualTo(round.contractTo().plusMonths(12));
        assertThat(tenders.extendAgreement(agreement, "Stadig god")).isEqualTo(round.contractTo().plusMonths(24));
        assertThatThrownBy(() -> tenders.extendAgreement(agreement, "En gang til"))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("market.agreement.error.no-extension-left");
        assertThat(jdbc.queryForObject("SELECT valid_to FROM provider_agreement WHERE id = ?", LocalDate.class, agreement))
                .isEqualTo(round.contractTo().plusMonths(24));
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_ADMIN, municipality.getId()));
        assertThatThrownBy(() -> tenders.extendAgreement(agreement, "Nej")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theContractCannotStartBeforeTheStandstillPeriodEnds() {
        TenderFixture.Round round = fixture.openRound(municipality, ServiceAreaKind.PRACTICAL_HELP, 1);
        long bid = fixture.bid(providers.organisation("Sen Start ApS"), round.tenderId(), 30_000, TenderFixture.newEmail("sen"),
                municipality.getId());
        TestClock.setTo(round.contractFrom().minusDays(5).atTime(10, 0).atZone(TimeConfiguration.DANISH_TIME));
        actAsProcurement();
        tenders.score(bid, round.quality(), 5, null);
        tenders.score(bid, round.continuity(), 5, null);
        assertThatThrownBy(() -> tenders.award(round.tenderId(), Set.of(bid), "Eneste tilbud", null))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("market.tender.error.standstill");
    }

    @Test
    void anAwardThatLeavesTooFewProvidersUnderAel18NeedsAReasonAndIsRecorded() {
        TenderFixture.Round round = fixture.openRound(municipality, ServiceAreaKind.INTEGRATED_CARE, 1);
        long bid = fixture.bid(providers.organisation("Helhed Alene ApS"), round.tenderId(), 40_000, TenderFixture.newEmail("helhed"),
                municipality.getId());
        TenderFixture.pastDeadline(round);
        actAsProcurement();
        tenders.score(bid, round.quality(), 7, null);
        tenders.score(bid, round.continuity(), 7, null);
        assertThatThrownBy(() -> tenders.award(round.tenderId(), Set.of(bid), "Eneste tilbud", null))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).messageKey()).isEqualTo("market.aels18.breach");
                    assertThat(((BusinessException) e).arguments()).containsExactly("Helhedspleje (1)", 2);
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM provider_agreement pa JOIN provider p ON p.id = pa.provider_id "
                + "WHERE p.municipality_id = ?", Integer.class, municipality.getId())).isZero();
        tenders.award(round.tenderId(), Set.of(bid), "Eneste tilbud", "Den kommunale leverandør godkendes til helhedspleje i maj");
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE municipality_id = ? AND event = 'AELS18_GUARD_OVERRIDDEN'",
                String.class, municipality.getId()))
                .isEqualTo("Udbud af praktisk hjælp 2027\u001FHelhedspleje (1)\u001FDen kommunale leverandør godkendes til helhedspleje i maj");
    }

    @Test
    void endingAnAgreementIsGuardedByAel18AndAgreementsRunningOutAreListed() {
        long integratedCare = market.area(municipality, ServiceAreaKind.INTEGRATED_CARE);
        long municipal = registry.presenceIn(providers.organisation("Kommunens Helhedspleje"), municipality.getId(), ProviderType.MUNICIPAL,
                Set.of("8000"));
        registry.agree(municipal, integratedCare, AgreementModel.APPROVAL, today.minusYears(1), null, 100, null, null);
        long privateProvider = registry.presenceIn(providers.organisation("Privat Helhed ApS"), municipality.getId(), ProviderType.PRIVATE,
                Set.of("8000"));
        long agreement = registry.agree(privateProvider, integratedCare, AgreementModel.TENDER, today.minusYears(1), today.plusMonths(4),
                50, 39_000L, SettlementUnit.HOUR);
        actAsProcurement();

        assertThat(tenders.agreements(true)).extracting(TenderViews.AgreementRow::agreementId).containsExactly(agreement);
        assertThat(tenders.agreements(false)).hasSize(2);

        assertThatThrownBy(() -> tenders.endAgreement(agreement, today.plusMonths(1), "Misligholdelse", null))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("market.aels18.breach");
        assertThatThrownBy(() -> tenders.endAgreement(agreement, today.plusMonths(5), "Efter slut", "x"))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("market.agreement.error.last-day");
        tenders.endAgreement(agreement, today.plusMonths(1), "Misligholdelse", "Nyt udbud er i gang; borgerne får besked");
        assertThat(jdbc.queryForObject("SELECT valid_to FROM provider_agreement WHERE id = ?", LocalDate.class, agreement))
                .isEqualTo(today.plusMonths(1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE municipality_id = ? AND event = 'AGREEMENT_ENDED'",
                Integer.class, municipality.getId())).isEqualTo(1);

        // Another municipality's staff cannot end it, nor see the list.
        Municipality other = market.freshMunicipality();
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, other.getId()));
        assertThat(tenders.agreements(false)).isEmpty();
        assertThatThrownBy(() -> tenders.endAgreement(agreement, today.plusDays(3), "Forsøg", "x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void otherMunicipalitiesStaffOtherProvidersAndCitizensAreRefused() {
        TenderFixture.Round round = fixture.openRound(municipality, ServiceAreaKind.PRACTICAL_HELP, 2);
        long owner = providers.organisation("Ejer ApS");
        long bid = fixture.bid(owner, round.tenderId(), 30_000, TenderFixture.newEmail("ejer"), municipality.getId());
        TenderFixture.pastDeadline(round);

        Municipality other = market.freshMunicipality();
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, other.getId()));
        assertThatThrownBy(() -> tenders.details(round.tenderId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tenders.bids(round.tenderId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tenders.score(bid, round.quality(), 10, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tenders.award(round.tenderId(), Set.of(bid), "Nej", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tenders.setRegime(round.serviceAreaId(), ContractModel.APPROVAL, today.plusDays(1), "Nej"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tenders.search(0, 50)).isEmpty();

        // The own municipality's administrator may look but not score or award.
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_ADMIN, municipality.getId()));
        assertThat(tenders.bids(round.tenderId())).hasSize(1);
        assertThatThrownBy(() -> tenders.score(bid, round.quality(), 10, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tenders.award(round.tenderId(), Set.of(bid), "Nej", null)).isInstanceOf(AccessDeniedException.class);

        CitizenFixture.actAs(MarketFixture.organisationAdmin(providers.organisation("Konkurrent ApS")));
        assertThat(bids.ownBid(round.tenderId())).isEmpty();
        assertThat(bids.ownBids(0, 50)).isEmpty();
        assertThatThrownBy(() -> tenders.bids(round.tenderId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tenders.ranking(round.tenderId())).isInstanceOf(AccessDeniedException.class);

        CitizenFixture.actAs(CitizenFixture.citizenUser(citizens.citizen("0710", "8370", null), citizens.municipalityId("0710")));
        assertThatThrownBy(() -> bids.open(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bids.ownBid(round.tenderId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tenders.details(round.tenderId())).isInstanceOf(AccessDeniedException.class);
    }
}
