package dk.fritvalg.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An area of granted help in one municipality, with the law it is granted under. */
@Entity
@Table(name = "service_area")
public class ServiceArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ServiceAreaKind kind;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LegalBasis legalBasis;

    @Column(length = 1000)
    private String description;

    protected ServiceArea() {
    }

    ServiceArea(Long municipalityId, ServiceAreaKind kind) {
        this.municipalityId = municipalityId;
        this.kind = kind;
    }

    void update(String name, LegalBasis legalBasis, String description) {
        this.name = name;
        this.legalBasis = legalBasis;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public ServiceAreaKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public String getDescription() {
        return description;
    }
}
