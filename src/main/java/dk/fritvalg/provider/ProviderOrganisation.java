package dk.fritvalg.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A provider organisation: one company (one CVR number) with one workspace and several users, working in one or
 * more municipalities. In each municipality it has a {@link Provider}: its postcodes, agreements, capacity and
 * prices there, and the row citizens choose.
 */
@Entity
@Table(name = "provider_organisation")
public class ProviderOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 8, columnDefinition = "char(8)")
    private String cvr;

    @Column(nullable = false, length = 200)
    private String name;

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

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected ProviderOrganisation() {
    }

    ProviderOrganisation(String cvr, Instant now) {
        this.cvr = cvr;
        this.createdAt = now;
    }

    void update(OrganisationDetails details, Instant now) {
        this.name = details.name();
        this.address = details.address();
        this.postcode = details.postcode();
        this.city = details.city();
        this.phone = details.phone();
        this.email = details.email();
        this.website = details.website();
        this.updatedAt = now;
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(cvr, name, address, postcode, city, phone, email, website);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCvr() {
        return cvr;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
