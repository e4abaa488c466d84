package dk.fritvalg.security;

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

/** A login to the portal. Passwords are bcrypt hashes; repeated failures are throttled by {@link LoginThrottle}. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(length = 100)
    private String passwordHash;

    @Column(nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    private Long municipalityId;
    private Long providerId;
    private Long organisationId;
    private Long citizenId;
    private Long relativeId;

    /** Keyed hash of the CPR number, for MitID login; never the number itself. */
    @Column(length = 64)
    private String cprHash;

    @Column(length = 200)
    private String email;

    @Column(nullable = false)
    private boolean enabled = true;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String displayName, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
    }

    PortalUser toPortalUser(Instant now) {
        boolean locked = !enabled;
        return new PortalUser(id, username, displayName, role, municipalityId, providerId, citizenId, relativeId, passwordHash, locked,
                organisationId);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    Role getRole() {
        return role;
    }

    void setTenant(Long municipalityId, Long providerId, Long citizenId, Long relativeId) {
        this.municipalityId = municipalityId;
        this.providerId = providerId;
        this.citizenId = citizenId;
        this.relativeId = relativeId;
    }

    void setOrganisation(Long organisationId) {
        this.organisationId = organisationId;
    }

    void setCprHash(String cprHash) {
        this.cprHash = cprHash;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    void disable() {
        this.enabled = false;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
