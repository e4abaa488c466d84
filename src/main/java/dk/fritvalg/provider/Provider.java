package dk.fritvalg.provider;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A provider of care in one municipality: the municipal home care or a private supplier. It is one
 * {@link ProviderOrganisation}'s presence in that municipality; citizens choose it, and its postcodes, agreements
 * and capacity are the municipality's.
 */
@Entity
@Table(name = "provider")
public class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 80)
    private String catalogueKey;

    @Column(nullable = false)
    private Long municipalityId;

    @Column(nullable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProviderType type;

    @Column(nullable = false, length = 8, columnDefinition = "char(8)")
    private String cvr;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;
    @Column(length = 200)
    private String ownership;
    @Column(length = 200)
    private String address;
    @Column(length = 4, columnDefinition = "char(4)")
    private String postcode;
    @Column(length = 100)
    private String city;
    @Column(length = 40)
    private String phone;
    @Column(length = 200)
    private String email;
    @Column(length = 300)
    private String website;

    /** ISO 639-1 codes, comma separated. */
    @Column(nullable = false, length = 200)
    private String languages = "";

    /** {@link ProviderFeature} names, comma separated. */
    @Column(nullable = false, length = 200)
    private String features = "";

    @Column(nullable = false)
    private boolean acceptingNewCitizens = true;

    @Column(nullable = false)
    private int cancellationDeadlineHour = 14;

    private LocalDate lastInspection;

    @Column(nullable = false)
    private boolean suspended;

    @Column(nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_postcode", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "postcode", length = 4, columnDefinition = "char(4)")
    private Set<String> postcodesServed = new TreeSet<>();

    protected Provider() {
    }

    Provider(String catalogueKey, Long municipalityId, Long organisationId) {
        this.catalogueKey = catalogueKey;
        this.municipalityId = municipalityId;
        this.organisationId = organisationId;
    }

    void update(ProviderProfile profile, Instant now) {
        this.type = profile.type();
        this.cvr = profile.cvr();
        this.name = profile.name();
        this.description = profile.description();
        this.ownership = profile.ownership();
        this.address = profile.address();
        this.postcode = profile.postcode();
        this.city = profile.city();
        this.phone = profile.phone();
        this.email = profile.email();
        this.website = profile.website();
        this.languages = String.join(",", profile.languages());
        this.features = profile.features().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.acceptingNewCitizens = profile.acceptingNewCitizens();
        this.cancellationDeadlineHour = profile.cancellationDeadlineHour();
        this.lastInspection = profile.lastInspection();
        this.postcodesServed.clear();
        this.postcodesServed.addAll(profile.postcodes());
        this.updatedAt = now;
    }

    void servePostcodes(java.util.Collection<String> postcodes, Instant now) {
        if (postcodesServed.addAll(postcodes)) {
            this.updatedAt = now;
        }
    }

    void markSuspended(boolean suspended, Instant now) {
        this.suspended = suspended;
        this.updatedAt = now;
    }

    public ProviderProfile profile() {
        return new ProviderProfile(type, cvr, name, description, ownership, address, postcode, city, phone, email, website,
                languages(), features(), acceptingNewCitizens, cancellationDeadlineHour, lastInspection, Set.copyOf(postcodesServed));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCatalogueKey() {
        return catalogueKey;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public ProviderType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getCvr() {
        return cvr;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<String> languages() {
        return languages.isEmpty() ? List.of() : Arrays.asList(languages.split(","));
    }

    public Set<ProviderFeature> features() {
        Set<ProviderFeature> set = EnumSet.noneOf(ProviderFeature.class);
        if (!features.isEmpty()) {
            Arrays.stream(features.split(",")).map(ProviderFeature::valueOf).forEach(set::add);
        }
        return set;
    }
}
