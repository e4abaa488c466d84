package dk.fritvalg.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An extra service (tilkøbsydelse) a provider sells to citizens. */
@Entity
@Table(name = "add_on")
public class AddOn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 80)
    private String catalogueKey;

    @Column(nullable = false)
    private Long providerId;

    @Column(nullable = false)
    private Long municipalityId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AddOnCategory category;

    @Column(length = 2000)
    private String description;

    private Integer durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AddOnUnit unit;

    @Column(nullable = false)
    private long priceOre;

    @Column(nullable = false)
    private int vatRatePercent;

    /** A municipal provider's price: the average long-run cost, no profit. */
    @Column(nullable = false)
    private boolean costBased;

    @Column(nullable = false)
    private int leadTimeDays;

    @Column(nullable = false, length = 70)
    private String weekdays = "";

    @Column(nullable = false, length = 200)
    private String timeWindows = "";

    @Column(nullable = false, length = 60)
    private String recurring = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Eligibility eligibility = Eligibility.ANY;

    private Integer capacityPerSlot;

    @Column(nullable = false, length = 1000)
    private String postcodes = "";

    @Column(nullable = false)
    private boolean active = true;

    /** Paused or retired add-ons are not on sale ({@code active} false); orders already placed keep their price. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OfferStatus status = OfferStatus.ACTIVE;

    @Column(nullable = false)
    private Instant updatedAt;

    protected AddOn() {
    }

    AddOn(String catalogueKey, Long providerId, Long municipalityId) {
        this.catalogueKey = catalogueKey;
        this.providerId = providerId;
        this.municipalityId = municipalityId;
    }

    void update(AddOnOffer offer, boolean costBased, Instant now) {
        this.name = offer.name();
        this.category = offer.category();
        this.description = offer.description();
        this.durationMinutes = offer.durationMinutes();
        this.unit = offer.unit();
        this.priceOre = offer.priceOre();
        this.vatRatePercent = offer.vatRatePercent();
        this.costBased = costBased;
        this.leadTimeDays = offer.leadTimeDays();
        this.weekdays = offer.weekdays().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.timeWindows = offer.timeWindows().stream().map(TimeWindow::toString).collect(Collectors.joining(","));
        this.recurring = offer.recurring().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.eligibility = offer.eligibility();
        this.capacityPerSlot = offer.capacityPerSlot();
        this.postcodes = String.join(",", new java.util.TreeSet<>(offer.postcodes()));
        this.active = true;
        this.status = OfferStatus.ACTIVE;
        this.updatedAt = now;
    }

    /** The municipal provider's price set from its cost calculation. */
    void costPrice(long priceOre, Instant now) {
        this.priceOre = priceOre;
        this.updatedAt = now;
    }

    /** The provider changed the offer in its workspace: it stays paused if it was. */
    void edit(AddOnOffer offer, Instant now) {
        OfferStatus before = status;
        update(offer, costBased, now);
        setStatus(before, now);
    }

    void setStatus(OfferStatus status, Instant now) {
        this.status = status;
        this.active = status == OfferStatus.ACTIVE;
        this.updatedAt = now;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public AddOnOffer offer() {
        return new AddOnOffer(name, category, description, durationMinutes, unit, priceOre, vatRatePercent, leadTimeDays,
                split(weekdays).stream().map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))),
                split(timeWindows).stream().map(TimeWindow::parse).toList(),
                split(recurring).stream().map(Recurrence::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Recurrence.class))),
                eligibility, capacityPerSlot, new LinkedHashSet<>(split(postcodes)));
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    public Long getId() {
        return id;
    }

    public String getCatalogueKey() {
        return catalogueKey;
    }

    public Long getProviderId() {
        return providerId;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public String getName() {
        return name;
    }

    public AddOnCategory getCategory() {
        return category;
    }

    public long getPriceOre() {
        return priceOre;
    }

    public AddOnUnit getUnit() {
        return unit;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isCostBased() {
        return costBased;
    }

    public Set<String> postcodeSet() {
        return new LinkedHashSet<>(split(postcodes));
    }
}
