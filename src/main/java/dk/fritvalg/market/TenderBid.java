package dk.fritvalg.market;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A provider organisation's bid in a tender round: price per unit, capacity, postcodes and its answers. */
@Entity
@Table(name = "tender_bid")
class TenderBid {

    /** What became of a bid at the award. */
    enum Outcome { AWARDED, NOT_AWARDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long tenderId;

    @Column(nullable = false)
    private Long organisationId;

    @Column(nullable = false)
    private long priceOre;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false, length = 1000)
    private String postcodes;

    @Column(nullable = false, length = 200)
    private String contactEmail;

    @Column(nullable = false)
    private Instant submittedAt;

    @Column(nullable = false)
    private Instant changedAt;

    private Long submittedByUserId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    private Long agreementId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_bid_requirement_answer", joinColumns = @JoinColumn(name = "bid_id"))
    @MapKeyColumn(name = "requirement_id")
    @Column(name = "answer", nullable = false, length = 2000)
    private Map<Long, String> requirementAnswers = new TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_bid_criterion_answer", joinColumns = @JoinColumn(name = "bid_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "answer", nullable = false, length = 2000)
    private Map<Long, String> criterionAnswers = new TreeMap<>();

    protected TenderBid() {
    }

    TenderBid(long tenderId, long organisationId, Instant now, Long userId) {
        this.tenderId = tenderId;
        this.organisationId = organisationId;
        this.submittedAt = now;
        this.submittedByUserId = userId;
    }

    void change(long priceOre, int capacity, Set<String> postcodes, String contactEmail, Map<Long, String> requirementAnswers,
                Map<Long, String> criterionAnswers, Instant now) {
        this.priceOre = priceOre;
        this.capacity = capacity;
        this.postcodes = String.join(",", postcodes);
        this.contactEmail = contactEmail;
        this.requirementAnswers.clear();
        this.requirementAnswers.putAll(requirementAnswers);
        this.criterionAnswers.clear();
        this.criterionAnswers.putAll(criterionAnswers);
        this.changedAt = now;
    }

    void decide(Outcome outcome, Long agreementId) {
        this.outcome = outcome;
        this.agreementId = agreementId;
    }

    Long getId() {
        return id;
    }

    Long getTenderId() {
        return tenderId;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    long getPriceOre() {
        return priceOre;
    }

    int getCapacity() {
        return capacity;
    }

    Set<String> getPostcodes() {
        return new LinkedHashSet<>(Arrays.asList(postcodes.split(",")));
    }

    String getContactEmail() {
        return contactEmail;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    Outcome getOutcome() {
        return outcome;
    }

    Long getAgreementId() {
        return agreementId;
    }

    Map<Long, String> getRequirementAnswers() {
        return requirementAnswers;
    }

    Map<Long, String> getCriterionAnswers() {
        return criterionAnswers;
    }
}
