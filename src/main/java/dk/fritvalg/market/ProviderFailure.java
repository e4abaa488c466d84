package dk.fritvalg.market;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A provider's failure in a municipality (konkurs, sudden stop): when, why, who registered it and what the move did. */
@Entity
@Table(name = "provider_failure")
class ProviderFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long municipalityId;
    @Column(nullable = false)
    private Long providerId;
    @Column(nullable = false)
    private LocalDate failureDate;
    @Column(nullable = false, length = 1000)
    private String reason;
    @Column(nullable = false)
    private Instant registeredAt;
    @Column(nullable = false)
    private Long registeredByUserId;
    @Column(nullable = false, length = 200)
    private String registeredByName;
    private int citizensMoved;
    private int choicesMoved;
    private int requestsCancelled;
    private int ordersMoved;
    private int ordersCancelled;
    private long refundedOre;

    protected ProviderFailure() {
    }

    ProviderFailure(long municipalityId, long providerId, LocalDate failureDate, String reason, Instant at, long userId, String userName) {
        this.municipalityId = municipalityId;
        this.providerId = providerId;
        this.failureDate = failureDate;
        this.reason = reason;
        this.registeredAt = at;
        this.registeredByUserId = userId;
        this.registeredByName = userName;
    }

    void moved(int citizens, int choices, int requests, int ordersMoved, int ordersCancelled, long refundedOre) {
        this.citizensMoved = citizens;
        this.choicesMoved = choices;
        this.requestsCancelled = requests;
        this.ordersMoved = ordersMoved;
        this.ordersCancelled = ordersCancelled;
        this.refundedOre = refundedOre;
    }

    Long getId() {
        return id;
    }

    Long getMunicipalityId() {
        return municipalityId;
    }

    Long getProviderId() {
        return providerId;
    }

    LocalDate getFailureDate() {
        return failureDate;
    }

    String getReason() {
        return reason;
    }

    Instant getRegisteredAt() {
        return registeredAt;
    }

    String getRegisteredByName() {
        return registeredByName;
    }

    int getCitizensMoved() {
        return citizensMoved;
    }

    int getChoicesMoved() {
        return choicesMoved;
    }

    int getRequestsCancelled() {
        return requestsCancelled;
    }

    int getOrdersMoved() {
        return ordersMoved;
    }

    int getOrdersCancelled() {
        return ordersCancelled;
    }

    long getRefundedOre() {
        return refundedOre;
    }
}
