package dk.fritvalg.market;

import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.SettlementUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** What the tender pages show and send: the forms and the read models of rounds, bids and agreements. */
public final class TenderViews {

    private TenderViews() {
    }

    /** One award criterion as staff write it. */
    public record CriterionForm(CriterionKind kind, String name, Integer weight) {
    }

    /**
     * A new tender round. The publication starts at the beginning of {@code publishedOn} and bids are taken until
     * {@code bidDeadline}, both Danish time.
     */
    public record TenderForm(long serviceAreaId, String title, String description, LocalDate contractFrom, LocalDate contractTo,
                             Integer extensionOptions, Integer extensionMonths, Integer providersToAward, SettlementUnit priceUnit,
                             LocalDate publishedOn, LocalDateTime bidDeadline, Integer standstillDays, List<CriterionForm> criteria) {
    }

    /** A round in a list. */
    public record TenderSummary(long id, String title, String municipalityName, String serviceArea, LocalDate contractFrom,
                                LocalDate contractTo, Instant publicationAt, Instant bidDeadline, TenderStatus status, long bids,
                                int providersToAward) {
    }

    /** A round in full, with its minimum requirements and criteria and, once awarded, the decision. */
    public record TenderDetails(TenderSummary summary, long municipalityId, long serviceAreaId, String description, int extensionOptions,
                                int extensionMonths, SettlementUnit priceUnit, int standstillDays, List<Requirement> requirements,
                                List<Criterion> criteria, Instant awardedAt, String awardedBy, String awardReason,
                                LocalDate standstillUntil) {
    }

    /** A provider's bid as the form sends it; answers by requirement id and by criterion id. */
    public record BidForm(long tenderId, Long priceOre, Integer capacity, String postcodes, String contactEmail,
                          Map<Long, String> requirementAnswers, Map<Long, String> criterionAnswers) {
    }

    /** A staff member's score of a bid on one criterion. */
    public record ScoreRow(int score, String comment) {
    }

    /**
     * A bid as the bidder herself, or staff after the deadline, see it. {@code scores} by criterion id, for staff only
     * (empty for the bidder); {@code outcome} AWARDED or NOT_AWARDED once the round is decided.
     */
    public record BidView(long id, long tenderId, String tenderTitle, long organisationId, String organisationName, String cvr, long priceOre,
                          SettlementUnit priceUnit, int capacity, List<String> postcodes, String contactEmail, Instant submittedAt,
                          Instant changedAt, String outcome, Map<Long, String> requirementAnswers, Map<Long, String> criterionAnswers,
                          Map<Long, ScoreRow> scores) {
    }

    /** A provider agreement as the market pages list it. */
    public record AgreementRow(long agreementId, long providerId, String providerName, long serviceAreaId, String serviceArea,
                               AgreementModel model, LocalDate validFrom, LocalDate validTo, Long priceOre, SettlementUnit priceUnit,
                               Integer capacity, String municipalityName) {
    }
}
