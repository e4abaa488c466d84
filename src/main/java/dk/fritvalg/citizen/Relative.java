package dk.fritvalg.citizen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A relative who acts for one or more citizens under a power of attorney. */
@Entity
@Table(name = "relative")
public class Relative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64, columnDefinition = "char(64)")
    private String cprHash;

    @Column(nullable = false, length = 100)
    private String firstName;
    @Column(nullable = false, length = 100)
    private String lastName;
    @Column(length = 200)
    private String email;
    @Column(length = 40)
    private String phone;

    /** The CPR number sealed for Digital Post (see CprVault); never shown. */
    @Column(length = 100)
    private String cprSealed;

    /** Postal address for letters, where the care system knows it. */
    @Column(length = 200)
    private String address;
    @Column(length = 4, columnDefinition = "char(4)")
    private String postcode;
    @Column(length = 100)
    private String city;

    /** The municipality that registered the relative first; null for one registered by the system (an import). */
    private Long ownerMunicipalityId;

    protected Relative() {
    }

    Relative(String cprHash, Long ownerMunicipalityId) {
        this.cprHash = cprHash;
        this.ownerMunicipalityId = ownerMunicipalityId;
    }

    void update(String firstName, String lastName, String email, String phone) {
        this.firstName = firstName;
        this.lastName = lastName;
        changeContact(email, phone);
    }

    /** The first municipality with a relationship to the relative owns their details, when nobody does yet. */
    void claimOwnership(long municipalityId) {
        if (ownerMunicipalityId == null) {
            ownerMunicipalityId = municipalityId;
        }
    }

    void changeContact(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }

    void sealCpr(String sealed) {
        this.cprSealed = sealed;
    }

    String getCprSealed() {
        return cprSealed;
    }

    String getCprHash() {
        return cprHash;
    }

    void changeAddress(String address, String postcode, String city) {
        this.address = address;
        this.postcode = postcode;
        this.city = city;
    }

    public String getAddress() {
        return address;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCity() {
        return city;
    }

    public Long getId() {
        return id;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Long getOwnerMunicipalityId() {
        return ownerMunicipalityId;
    }
}
