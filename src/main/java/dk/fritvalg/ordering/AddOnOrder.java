package dk.fritvalg.ordering;

import dk.fritvalg.catalogue.Recurrence;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.payment.PaymentMethod;
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
import java.util.Arrays;
import java.util.List;

/**
 * An order of add-ons from one provider for one citizen: one visit, or a recurring series of visits.
 * It records who ordered (the citizen, or a relative with a power of attorney) and keeps a copy of
 * the name, address and mail addresses the provider and the mails need.
 */
@Entity
@Table(name = "addon_order")
public class AddOnOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long citizenId;
    @Column(nullable = false)
    private long municipalityId;
    @Column(nullable = false)
    private long providerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Recurrence recurrence;

    @Column(nullable = false, length = 11)
    private String timeWindow;

    @Column(nullable = false)
    private long pricePerOccurrenceOre;
    @Column(nullable = false)
    private long vatOre;
    @Column(nullable = false)
    private int cancellationDeadlineHour;

    @Column(nullable = false)
    private long orderedByUserId;
    private Long orderedByRelativeId;
    @Column(nullable = false, length = 200)
    private String orderedByName;
    @Column(nullable = false, length = 200)
    private String citizenName;
    @Column(nullable = false, length = 300)
    private String deliveryAddress;
    @Column(nullable = false, length = 500)
    private String notifyEmails = "";

    @Column(nullable = false)
    private Instant placedAt;
    @Column(nullable = false)
    private Instant updatedAt;

    protected AddOnOrder() {
    }

    AddOnOrder(long citizenId, long municipalityId, long providerId, PaymentMethod paymentMethod, Recurrence recurrence,
               TimeWindow window, long pricePerOccurrenceOre, long vatOre, int cancellationDeadlineHour,
               long orderedByUserId, Long orderedByRelativeId, String orderedByName, String citizenName,
               String deliveryAddress, List<String> notifyEmails, Instant now) {
        this.citizenId = citizenId;
        this.municipalityId = municipalityId;
        this.providerId = providerId;
        this.paymentMethod = paymentMethod;
        this.recurrence = recurrence;
        this.timeWindow = window.toString();
        this.pricePerOccurrenceOre = pricePerOccurrenceOre;
        this.vatOre = vatOre;
        this.cancellationDeadlineHour = cancellationDeadlineHour;
        this.orderedByUserId = orderedByUserId;
        this.orderedByRelativeId = orderedByRelativeId;
        this.orderedByName = orderedByName;
        this.citizenName = citizenName;
        this.deliveryAddress = deliveryAddress;
        this.notifyEmails = String.join(",", notifyEmails);
        this.status = OrderStatus.PLACED;
        this.placedAt = now;
        this.updatedAt = now;
    }

    void moveTo(OrderStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    /** The provider failed: a fallback provider takes the order over and confirms the visits' times again. */
    void handOverTo(long fallbackProviderId, Instant now) {
        this.providerId = fallbackProviderId;
        this.status = OrderStatus.AWAITING_PROVIDER;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getCitizenId() {
        return citizenId;
    }

    public long getMunicipalityId() {
        return municipalityId;
    }

    public long getProviderId() {
        return providerId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public TimeWindow getTimeWindow() {
        return TimeWindow.parse(timeWindow);
    }

    public long getPricePerOccurrenceOre() {
        return pricePerOccurrenceOre;
    }

    public long getVatOre() {
        return vatOre;
    }

    public int getCancellationDeadlineHour() {
        return cancellationDeadlineHour;
    }

    public long getOrderedByUserId() {
        return orderedByUserId;
    }

    public Long getOrderedByRelativeId() {
        return orderedByRelativeId;
    }

    public String getOrderedByName() {
        return orderedByName;
    }

    public String getCitizenName() {
        return citizenName;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    List<String> notifyEmails() {
        return notifyEmails.isEmpty() ? List.of() : Arrays.asList(notifyEmails.split(","));
    }

    public Instant getPlacedAt() {
        return placedAt;
    }
}
