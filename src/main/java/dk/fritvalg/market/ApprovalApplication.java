package dk.fritvalg.market;

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
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * A provider organisation's application for approval in one municipality, for one or more service areas. Its moves are
 * named and guarded here: only an open application can be questioned, answered or decided, and a decision is final.
 */
@Entity
@Table(name = "approval_application")
class ApprovalApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long organisationId;

    @Column(nullable = false)
    private Long municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicationStatus status;

    @Column(nullable = false)
    private int capacity;

    /** Postcodes, comma separated. */
    @Column(nullable = false, length = 1000)
    private String postcodes;

    @Column(nullable = false, length = 200)
    private String contactEmail;

    @Column(nullable = false)
    private Instant submittedAt;

    private Long submittedByUserId;

    @Column(nullable = false)
    private LocalDate decisionDue;

    private Instant decidedAt;
    private Long decidedByUserId;
    @Column(length = 200)
    private String decidedByName;
    @Column(length = 1000)
    private String decisionReason;
    private LocalDate startDate;
    private Long providerId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "approval_application_area", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "service_area_id")
    private Set<Long> serviceAreaIds = new TreeSet<>();

    protected ApprovalApplication() {
    }

    ApprovalApplication(long organisationId, long municipalityId, Set<Long> serviceAreaIds, int capacity, Set<String> postcodes,
                        String contactEmail, long userId, Instant now, LocalDate decisionDue) {
        this.organisationId = organisationId;
        this.municipalityId = municipalityId;
        this.serviceAreaIds.addAll(serviceAreaIds);
        this.capacity = capacity;
        this.postcodes = String.join(",", new TreeSet<>(postcodes));
        this.contactEmail = contactEmail;
        this.submittedByUserId = userId;
        this.submittedAt = now;
        this.decisionDue = decisionDue;
        this.status = ApplicationStatus.SUBMITTED;
    }

    private void requireOpen() {
        if (!status.open()) {
            throw new BusinessException("market.application.error.decided");
        }
    }

    void requestInformation() {
        requireOpen();
        status = ApplicationStatus.INFORMATION_REQUESTED;
    }

    void informationGiven() {
        if (status != ApplicationStatus.INFORMATION_REQUESTED) {
            throw new BusinessException("market.application.error.no-question");
        }
        status = ApplicationStatus.SUBMITTED;
    }

    /** Before an assessment or an added file: the application is still being handled. */
    void requireOpenForChanges() {
        requireOpen();
    }

    void approve(LocalDate start, long providerId, long userId, String userName, Instant now) {
        requireOpen();
        this.status = ApplicationStatus.APPROVED;
        this.startDate = start;
        this.providerId = providerId;
        decided(userId, userName, null, now);
    }

    void reject(String reason, long userId, String userName, Instant now) {
        requireOpen();
        this.status = ApplicationStatus.REJECTED;
        decided(userId, userName, reason, now);
    }

    private void decided(long userId, String userName, String reason, Instant now) {
        this.decidedAt = now;
        this.decidedByUserId = userId;
        this.decidedByName = userName;
        this.decisionReason = reason;
    }

    boolean overdueOn(LocalDate today) {
        return status.open() && decisionDue.isBefore(today);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Long getMunicipalityId() {
        return municipalityId;
    }

    ApplicationStatus getStatus() {
        return status;
    }

    int getCapacity() {
        return capacity;
    }

    Set<String> postcodes() {
        return new TreeSet<>(Arrays.asList(postcodes.split(",")));
    }

    String getContactEmail() {
        return contactEmail;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    LocalDate getDecisionDue() {
        return decisionDue;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecidedByName() {
        return decidedByName;
    }

    String getDecisionReason() {
        return decisionReason;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    Long getProviderId() {
        return providerId;
    }

    Set<Long> getServiceAreaIds() {
        return Set.copyOf(serviceAreaIds);
    }
}
