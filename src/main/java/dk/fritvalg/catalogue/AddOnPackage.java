package dk.fritvalg.catalogue;

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
import java.util.HashMap;
import java.util.Map;

/** Several add-ons from one provider sold together for less than their sum. */
@Entity
@Table(name = "add_on_package")
public class AddOnPackage {

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

    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private long priceOre;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private Instant updatedAt;

    /** Add-on id to quantity. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "add_on_package_item", joinColumns = @JoinColumn(name = "package_id"))
    @MapKeyColumn(name = "add_on_id")
    @Column(name = "quantity", nullable = false)
    private Map<Long, Integer> items = new HashMap<>();

    protected AddOnPackage() {
    }

    AddOnPackage(String catalogueKey, Long providerId, Long municipalityId) {
        this.catalogueKey = catalogueKey;
        this.providerId = providerId;
        this.municipalityId = municipalityId;
    }

    void update(String name, String description, long priceOre, Map<Long, Integer> items, Instant now) {
        this.name = name;
        this.description = description;
        this.priceOre = priceOre;
        this.items.clear();
        this.items.putAll(items);
        this.active = true;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getProviderId() {
        return providerId;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public boolean isActive() {
        return active;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public long getPriceOre() {
        return priceOre;
    }

    public Map<Long, Integer> getItems() {
        return Map.copyOf(items);
    }
}
