package dk.fritvalg.citizen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** Help granted by needs assessment: a service area, minutes per week, for a period. */
@Entity
@Table(name = "care_grant")
public class Grant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long citizenId;

    @Column(nullable = false)
    private Long serviceAreaId;

    @Column(nullable = false)
    private int minutesPerWeek;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    protected Grant() {
    }

    Grant(Long citizenId, Long serviceAreaId, int minutesPerWeek, LocalDate validFrom, LocalDate validTo) {
        if (minutesPerWeek <= 0) {
            throw new IllegalArgumentException("A grant has a positive number of minutes per week");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("A grant ends after it starts");
        }
        this.citizenId = citizenId;
        this.serviceAreaId = serviceAreaId;
        this.minutesPerWeek = minutesPerWeek;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Needs assessment changed the grant: minutes and period (the service area stays; a new area is a new grant). */
    void change(int minutesPerWeek, LocalDate validFrom, LocalDate validTo) {
        if (minutesPerWeek <= 0) {
            throw new IllegalArgumentException("A grant has a positive number of minutes per week");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("A grant ends after it starts");
        }
        this.minutesPerWeek = minutesPerWeek;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public long getVersion() {
        return version;
    }

    public boolean isValidOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public Long getId() {
        return id;
    }

    public Long getCitizenId() {
        return citizenId;
    }

    public Long getServiceAreaId() {
        return serviceAreaId;
    }

    public int getMinutesPerWeek() {
        return minutesPerWeek;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
