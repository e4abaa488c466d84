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
import java.time.Instant;

/** A municipality: the tenant. All 98 exist; those that run their provider market here are "on the portal". */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 4, columnDefinition = "char(4)")
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 4, columnDefinition = "char(4)")
    private String regionCode;

    @Column(nullable = false, length = 100)
    private String regionName;

    @Column(nullable = false)
    private boolean onPortal;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ContractModel contractModel;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private RehabilitationModel rehabilitationModel;

    @Column(nullable = false)
    private boolean rehabilitationContinuity;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private SwitchRule switchRule;

    private Integer switchNoticeDays;
    private Integer switchCutoffDay;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private SwitchApproval switchApproval;

    @Column(nullable = false)
    private int minimumGroupSize = 3;

    @Column(length = 40)
    private String contactPhone;
    @Column(length = 200)
    private String contactEmail;
    @Column(length = 300)
    private String website;

    @Column(nullable = false)
    private Instant updatedAt;

    protected Municipality() {
    }

    Municipality(String code, String name, String regionCode, String regionName, Instant now) {
        this.code = code;
        updateReference(name, regionCode, regionName, now);
    }

    void updateReference(String name, String regionCode, String regionName, Instant now) {
        this.name = name;
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.updatedAt = now;
    }

    void configure(MunicipalitySettings settings, Instant now) {
        this.onPortal = true;
        this.contractModel = settings.contractModel();
        this.rehabilitationModel = settings.rehabilitationModel();
        this.rehabilitationContinuity = settings.rehabilitationContinuity();
        this.switchRule = settings.switchRule();
        this.switchNoticeDays = settings.switchNoticeDays();
        this.switchCutoffDay = settings.switchCutoffDay();
        this.switchApproval = settings.switchApproval();
        this.minimumGroupSize = settings.minimumGroupSize();
        this.contactPhone = settings.contactPhone();
        this.contactEmail = settings.contactEmail();
        this.website = settings.website();
        this.updatedAt = now;
    }

    /** Settings changed in the portal by the municipal administrator; the municipality stays on the portal. */
    void changeSettings(MunicipalitySettings settings, Instant now) {
        configure(settings, now);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getRegionName() {
        return regionName;
    }

    public boolean isOnPortal() {
        return onPortal;
    }

    public MunicipalitySettings settings() {
        return new MunicipalitySettings(contractModel, rehabilitationModel, rehabilitationContinuity, switchRule,
                switchNoticeDays, switchCutoffDay, switchApproval, minimumGroupSize, contactPhone, contactEmail, website);
    }
}
