package dk.fritvalg.market;

import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.shared.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tender round for one service area: the contract period with its extension options, how many providers will be
 * awarded, the minimum requirements, the award criteria (kept as {@link TenderCriterion} rows), publication and bid
 * deadline. Its moves are guarded here: bids only while it is open, scores only after the deadline, one award.
 */
@Entity
@Table(name = "tender_round")
class TenderRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long municipalityId;

    @Column(nullable = false)
    private Long serviceAreaId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private LocalDate contractFrom;

    @Column(nullable = false)
    private LocalDate contractTo;

    @Column(nullable = false)
    private int extensionOptions;

    @Column(nullable = false)
    private int extensionMonths;

    @Column(nullable = false)
    private int providersToAward;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SettlementUnit priceUnit;

    @Column(nullable = false)
    private Instant publicationAt;

    @Column(nullable = false)
    private Instant bidDeadline;

    @Column(nullable = false)
    private int standstillDays;

    @Column(nullable = false)
    private Instant createdAt;

    private Long createdByUserId;

    private Instant awardedAt;
    private Long awardedByUserId;
    @Column(length = 200)
    private String awardedByName;
    @Column(length = 2000)
    private String awardReason;
    private LocalDate standstillUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_requirement", joinColumns = @JoinColumn(name = "tender_id"))
    @Column(name = "requirement_id")
    private Set<Long> requirementIds = new TreeSet<>();

    protected TenderRound() {
    }

    TenderRound(long municipalityId, long serviceAreaId, String title, String description, LocalDate contractFrom, LocalDate contractTo,
                int extensionOptions, int extensionMonths, int providersToAward, SettlementUnit priceUnit, Instant publicationAt,
                Instant bidDeadline, int standstillDays, Set<Long> requirementIds, Instant now, Long userId) {
        this.municipalityId = municipalityId;
        this.serviceAreaId = serviceAreaId;
        this.title = title;
        this.description = description;
        this.contractFrom = contractFrom;
        this.contractTo = contractTo;
        this.extensionOptions = extensionOptions;
        this.extensionMonths = extensionMonths;
        this.providersToAward = providersToAward;
        this.priceUnit = priceUnit;
        this.publicationAt = publicationAt;
        this.bidDeadline = bidDeadline;
        this.standstillDays = standstillDays;
        this.requirementIds = new TreeSet<>(requirementIds);
        this.createdAt = now;
        this.createdByUserId = userId;
    }

    TenderStatus status(Instant now) {
        if (awardedAt != null) {
            return TenderStatus.AWARDED;
        }
        if (now.isBefore(publicationAt)) {
            return TenderStatus.PLANNED;
        }
        return now.isBefore(bidDeadline) ? TenderStatus.OPEN : TenderStatus.EVALUATION;
    }

    /** A bid may be given or changed only while the round is open: published, and before the deadline. */
    void requireOpenForBids(Instant now) {
        if (status(now) != TenderStatus.OPEN) {
            throw new BusinessException(now.isBefore(publicationAt) ? "market.tender.error.not-published" : "market.tender.error.closed");
        }
    }

    /** Bids are opened, scored and awarded only after the deadline, and only until the award. */
    void requireInEvaluation(Instant now) {
        TenderStatus status = status(now);
        if (status == TenderStatus.AWARDED) {
            throw new BusinessException("market.tender.error.already-awarded");
        }
        if (status != TenderStatus.EVALUATION) {
            throw new BusinessException("market.tender.error.sealed");
        }
    }

    void award(Instant now, LocalDate standstillUntil, Long userId, String userName, String reason) {
        this.awardedAt = now;
        this.standstillUntil = standstillUntil;
        this.awardedByUserId = userId;
        this.awardedByName = userName;
        this.awardReason = reason;
    }

    Long getId() {
        return id;
    }

    Long getMunicipalityId() {
        return municipalityId;
    }

    Long getServiceAreaId() {
        return serviceAreaId;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    LocalDate getContractFrom() {
        return contractFrom;
    }

    LocalDate getContractTo() {
        return contractTo;
    }

    int getExtensionOptions() {
        return extensionOptions;
    }

    int getExtensionMonths() {
        return extensionMonths;
    }

    int getProvidersToAward() {
        return providersToAward;
    }

    SettlementUnit getPriceUnit() {
        return priceUnit;
    }

    Instant getPublicationAt() {
        return publicationAt;
    }

    Instant getBidDeadline() {
        return bidDeadline;
    }

    int getStandstillDays() {
        return standstillDays;
    }

    Instant getAwardedAt() {
        return awardedAt;
    }

    String getAwardedByName() {
        return awardedByName;
    }

    String getAwardReason() {
        return awardReason;
    }

    LocalDate getStandstillUntil() {
        return standstillUntil;
    }

    Set<Long> getRequirementIds() {
        return requirementIds;
    }
}
