package dk.fritvalg.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One visit reported by a care system: the data every activity-based settlement is computed from. Written in bulk by
 * {@link VisitWriter} (set-based); read here one at a time (the list of a month, a single visit).
 */
@Entity
@Table(name = "visit")
class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private long municipalityId;
    @Column(nullable = false, length = 60)
    private String source;
    @Column(nullable = false, length = 100)
    private String sourceVisitId;
    @Column(nullable = false)
    private long citizenId;
    @Column(nullable = false)
    private long providerId;
    @Column(nullable = false)
    private long serviceAreaId;
    @Column(nullable = false)
    private Instant plannedStart;
    @Column(nullable = false)
    private LocalDate plannedDate;
    @Column(nullable = false)
    private int grantedMinutes;
    @Column(nullable = false)
    private int deliveredMinutes;
    @Column(length = 64)
    private String helperRef;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private VisitStatus status;
    private Instant cancelledAt;
    private LocalDateTime cancelledAtLocal;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;

    protected Visit() {
    }

    VisitRecord toRecord() {
        return new VisitRecord(sourceVisitId, citizenId, providerId, serviceAreaId, plannedStart, grantedMinutes, deliveredMinutes,
                helperRef, status, cancelledAt);
    }

    Long getId() {
        return id;
    }

    String getSource() {
        return source;
    }

    LocalDate getPlannedDate() {
        return plannedDate;
    }
}
