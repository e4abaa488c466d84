package dk.fritvalg.market;

import dk.fritvalg.municipality.ContractModel;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.OrganisationDetails;
import dk.fritvalg.provider.ProviderOrganisations;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.shared.TimeConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's tender: Favrskov puts meals (Madservice) under the tender model and has a round open for bids, published a
 * week ago with the deadline three weeks ahead, with one bid already in from a demo organisation. The demo provider
 * ({@code leverandoer}) can bid, and procurement ({@code indkoeb}) sees the round sealed until the deadline. Made once.
 */
@Component
@Profile("demo")
@Order(40)
class TenderDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TenderDemoData.class);
    private static final String MADHUSET_CVR = "41234563";

    private final MunicipalityService municipalities;
    private final ServiceAreaRegimeRepository regimes;
    private final TenderRoundRepository tenders;
    private final TenderCriterionRepository criteria;
    private final TenderBidRepository bids;
    private final ApprovalRequirements requirements;
    private final ProviderOrganisations organisations;
    private final ProviderRegistry registry;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TenderDemoData(MunicipalityService municipalities, ServiceAreaRegimeRepository regimes, TenderRoundRepository tenders,
                   TenderCriterionRepository criteria, TenderBidRepository bids, ApprovalRequirements requirements,
                   ProviderOrganisations organisations, ProviderRegistry registry, TransactionTemplate transaction, Clock clock) {
        this.municipalities = municipalities;
        this.regimes = regimes;
        this.tenders = tenders;
        this.criteria = criteria;
        this.bids = bids;
        this.requirements = requirements;
        this.organisations = organisations;
        this.registry = registry;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var favrskov = municipalities.byCode("0710").orElse(null);
        if (favrskov == null) {
            return;
        }
        ServiceArea meals = municipalities.serviceArea(favrskov.getId(), ServiceAreaKind.MEALS).orElse(null);
        if (meals == null || tenders.countByMunicipalityId(favrskov.getId()) > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> seed(favrskov.getId(), meals));
        log.info("Demo tender ready: Madservice in Favrskov, open for bids");
    }

    private void seed(long municipalityId, ServiceArea meals) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME));
        if (regimes.findByServiceAreaIdOrderByValidFromDesc(meals.getId()).isEmpty()) {
            regimes.save(new ServiceAreaRegime(municipalityId, meals.getId(), ContractModel.TENDER, today.minusDays(7),
                    "Madservice leveres fremover af et begrænset antal leverandører efter udbud", now, null, "Sara Nielsen (Favrskov Kommune)"));
        }
        Set<Long> requirementIds = requirements.active(meals.getId()).stream().map(ApprovalRequirement::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        LocalDate contractFrom = today.plusDays(90);
        TenderRound tender = tenders.saveAndFlush(new TenderRound(municipalityId, meals.getId(), "Madservice 2027–2029",
                "Levering af varm mad til hjemmeboende borgere i hele kommunen, syv dage om ugen. Menuplan efter kommunens kvalitetsstandard.",
                contractFrom, contractFrom.plusYears(2).minusDays(1), 1, 12, 2, SettlementUnit.VISIT,
                today.minusDays(7).atStartOfDay(TimeConfiguration.DANISH_TIME).toInstant(),
                today.plusDays(21).atTime(12, 0).atZone(TimeConfiguration.DANISH_TIME).toInstant(), Tenders.DEFAULT_STANDSTILL_DAYS,
                requirementIds, now, null));
        criteria.save(new TenderCriterion(tender.getId(), CriterionKind.PRICE, "Pris", 50, 0));
        TenderCriterion quality = criteria.save(new TenderCriterion(tender.getId(), CriterionKind.QUALITY, "Kvalitet og ernæring", 30, 1));
        TenderCriterion continuity = criteria.save(new TenderCriterion(tender.getId(), CriterionKind.CONTINUITY, "Faste chauffører", 20, 2));
        criteria.flush();

        long madhuset = organisations.byCvr(MADHUSET_CVR).map(o -> o.getId()).orElseGet(() -> registry.registerOrganisation(
                new OrganisationDetails(MADHUSET_CVR, "Madhuset Favrskov ApS", "Køkkenvej 4", "8370", "Hadsten", "86 98 00 00",
                        "tilbud@example.madhuset.dk", null)));
        TenderBid bid = new TenderBid(tender.getId(), madhuset, now.minusSeconds(86_400), null);
        bid.change(6_250, 400, new TreeSet<>(Set.of("8370", "8380", "8382", "8450", "8860")), "tilbud@example.madhuset.dk",
                requirementIds.stream().collect(Collectors.toMap(id -> id, id -> "Ja. Dokumentation vedlagt i tilbudsmappen.")),
                Map.of(quality.getId(), "Kostfaglig eneansvarlig og menuplan godkendt af klinisk diætist.",
                        continuity.getId(), "Fire faste chauffører, der hver kører den samme rute."),
                now.minusSeconds(86_400));
        bids.saveAndFlush(bid);
    }
}
