package dk.fritvalg.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One visit of an order on a date, in a time window; the provider sets the exact time when accepting. */
@Entity
@Table(name = "addon_order_occurrence")
public class Occurrence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long orderId;
    @Column(nullable = false)
    private LocalDate serviceDate;
    @Column(nullable = false)
    private LocalTime windowStart;
    @Column(nullable = false)
    private LocalTime windowEnd;
    private LocalTime confirmedTime;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OccurrenceStatus status;

    /** What this visit costs the citizen: the price when delivered or cancelled late, else nothing. */
    @Column(nullable = false)
    private long chargeOre;

    private Instant reminderSentAt;
    private Instant cancelledAt;
    private Instant deliveredAt;

    protected Occurrence() {
    }

    Occurrence(long orderId, LocalDate serviceDate, LocalTime windowStart, LocalTime windowEnd) {
        this.orderId = orderId;
        this.serviceDate = serviceDate;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.status = OccurrenceStatus.REQUESTED;
    }

    void schedule(LocalTime time) {
        this.confirmedTime = time;
        this.status = OccurrenceStatus.SCHEDULED;
    }

    void cancel(boolean late, long chargeOre, Instant now) {
        this.status = late ? OccurrenceStatus.CANCELLED_LATE : OccurrenceStatus.CANCELLED;
        this.chargeOre = late ? chargeOre : 0;
        this.cancelledAt = now;
    }

    /** Back to requested: a new provider took the order over and sets the time again. */
    void reopen() {
        this.confirmedTime = null;
        this.status = OccurrenceStatus.REQUESTED;
    }

    void decline() {
        this.status = OccurrenceStatus.DECLINED;
        this.chargeOre = 0;
    }

    void deliver(long chargeOre, Instant now) {
        this.status = OccurrenceStatus.DELIVERED;
        this.chargeOre = chargeOre;
        this.deliveredAt = now;
    }

    /** A visit can be marked as delivered once it is confirmed and its day has come, not before. */
    public boolean deliverableOn(LocalDate today) {
        return status == OccurrenceStatus.SCHEDULED && !serviceDate.isAfter(today);
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public LocalTime getWindowStart() {
        return windowStart;
    }

    public LocalTime getWindowEnd() {
        return windowEnd;
    }

    public LocalTime getConfirmedTime() {
        return confirmedTime;
    }

    public OccurrenceStatus getStatus() {
        return status;
    }

    public long getChargeOre() {
        return chargeOre;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
