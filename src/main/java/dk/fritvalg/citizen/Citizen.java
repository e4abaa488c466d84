package dk.fritvalg.citizen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person granted help. The CPR number is kept only as a keyed hash plus its birth-date part
 * ({@code ddmmyy-****}); the full number is never stored or shown.
 */
@Entity
@Table(name = "citizen")
public class Citizen {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long municipalityId;

    @Column(nullable = false, unique = true, length = 64, columnDefinition = "char(64)")
    private String cprHash;

    @Column(nullable = false, length = 11, columnDefinition = "char(11)")
    private String cprMasked;

    @Column(nullable = false)
    private LocalDate birthDate;

    @Column(nullable = false, length = 100)
    private String firstName;
    @Column(nullable = false, length = 100)
    private String lastName;
    @Column(nullable = false, length = 200)
    private String address;
    @Column(nullable = false, length = 4, columnDefinition = "char(4)")
    private String postcode;
    @Column(nullable = false, length = 100)
    private String city;
    @Column(length = 200)
    private String email;
    @Column(length = 40)
    private String phone;

    @Column(nullable = false)
    private boolean nursingHomeResident;

    /** The CPR number sealed for Digital Post (see CprVault); never shown. */
    @Column(length = 100)
    private String cprSealed;

    @Column(nullable = false)
    private Instant updatedAt;

    protected Citizen() {
    }

    Citizen(Long municipalityId, String cprHash, String cprMasked, LocalDate birthDate) {
        this.municipalityId = municipalityId;
        this.cprHash = cprHash;
        this.cprMasked = cprMasked;
        this.birthDate = birthDate;
    }

    void update(CitizenDetails details, Instant now) {
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        this.address = details.address();
        this.postcode = details.postcode();
        this.city = details.city();
        this.email = details.email();
        this.phone = details.phone();
        this.nursingHomeResident = details.nursingHomeResident();
        this.updatedAt = now;
    }

    void sealCpr(String sealed) {
        this.cprSealed = sealed;
    }

    String getCprSealed() {
        return cprSealed;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    String getCprHash() {
        return cprHash;
    }

    public String getCprMasked() {
        return cprMasked;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
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

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public CitizenDetails details() {
        return new CitizenDetails(firstName, lastName, address, postcode, city, email, phone, nursingHomeResident);
    }

    public boolean isNursingHomeResident() {
        return nursingHomeResident;
    }
}
