package dk.fritvalg.market;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.municipality.ContractModel;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Tender rounds for tests: an area put under the tender model from today, a round published today with a deadline two
 * hours ahead, a contract from 30 days ahead for two years, and the criteria price 40 %, quality 40 %, continuity 20 %.
 */
@Component
public class TenderFixture {

    private static final AtomicInteger MAILS = new AtomicInteger();

    /** A round and what tests need of it. */
    public record Round(long tenderId, long serviceAreaId, Instant deadline, LocalDate contractFrom, LocalDate contractTo, long price,
                        long quality, long continuity) {
    }

    private final Tenders tenders;
    private final TenderBids bids;
    private final MarketFixture market;

    TenderFixture(Tenders tenders, TenderBids bids, MarketFixture market) {
        this.tenders = tenders;
        this.bids = bids;
        this.market = market;
    }

    public static String newEmail(String who) {
        return who + "-" + MAILS.incrementAndGet() + "-" + System.nanoTime() % 100_000 + "@example.dk";
    }

    /** The form of a round in the area, as procurement staff fill it in. */
    public static TenderViews.TenderForm form(long serviceAreaId, int toAward) {
        LocalDate today = LocalDate.now(TimeConfiguration.DANISH_TIME);
        LocalDateTime deadline = LocalDateTime.now(TimeConfiguration.DANISH_TIME).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        LocalDate from = today.plusDays(30);
        return new TenderViews.TenderForm(serviceAreaId, "Udbud af praktisk hjælp 2027", "Rengøring, tøjvask og indkøb.", from,
                from.plusYears(2).minusDays(1), 2, 12, toAward, SettlementUnit.HOUR, today, deadline, 10,
                List.of(new TenderViews.CriterionForm(CriterionKind.PRICE, "Pris", 40),
                        new TenderViews.CriterionForm(CriterionKind.QUALITY, "Kvalitet", 40),
                        new TenderViews.CriterionForm(CriterionKind.CONTINUITY, "Kontinuitet", 20)));
    }

    /** An open round in a fresh area of the municipality, made by its procurement office (who stays logged in). */
    public Round openRound(Municipality municipality, ServiceAreaKind kind, int toAward) {
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, municipality.getId()));
        long area = market.area(municipality, kind);
        LocalDate today = LocalDate.now(TimeConfiguration.DANISH_TIME);
        if (tenders.regimeOn(area, today) != ContractModel.TENDER) {
            tenders.setRegime(area, ContractModel.TENDER, today, "Området sendes i udbud");
        }
        TenderViews.TenderForm form = form(area, toAward);
        long id = tenders.create(form);
        List<Criterion> criteria = tenders.details(id).criteria();
        return new Round(id, area, form.bidDeadline().atZone(TimeConfiguration.DANISH_TIME).toInstant(), form.contractFrom(),
                form.contractTo(), criteria.get(0).id(), criteria.get(1).id(), criteria.get(2).id());
    }

    /** The bid form of an organisation with every answer given. */
    public TenderViews.BidForm bidForm(long tenderId, long priceOre, String email) {
        TenderViews.TenderDetails details = tenders.details(tenderId);
        Map<Long, String> requirementAnswers = new HashMap<>();
        details.requirements().forEach(r -> requirementAnswers.put(r.id(), "Ja, se vores dokumentation."));
        Map<Long, String> criterionAnswers = new HashMap<>();
        details.criteria().stream().filter(c -> c.kind() != CriterionKind.PRICE)
                .forEach(c -> criterionAnswers.put(c.id(), "Faste teams på højst fire medarbejdere pr. borger."));
        return new TenderViews.BidForm(tenderId, priceOre, 30, "8000, 8200", email, requirementAnswers, criterionAnswers);
    }

    /** The organisation's administrator gives a bid (and stays logged in). */
    public long bid(long organisationId, long tenderId, long priceOre, String email, long municipalityId) {
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, municipalityId));
        TenderViews.BidForm form = bidForm(tenderId, priceOre, email);
        CitizenFixture.actAs(MarketFixture.organisationAdmin(organisationId));
        return bids.submit(form);
    }

    /** Moves the portal's clock one minute past the round's deadline. */
    public static void pastDeadline(Round round) {
        TestClock.setTo(round.deadline().plusSeconds(60).atZone(TimeConfiguration.DANISH_TIME));
    }
}
