package dk.fritvalg.workspace;

import dk.fritvalg.security.Role;
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

/** A colleague invited by e-mail to a provider's workspace, with a role; the link works once, until it expires. */
@Entity
@Table(name = "provider_invitation")
class ProviderInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long organisationId;
    @Column(nullable = false)
    private long providerId;
    @Column(nullable = false, length = 200)
    private String email;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;
    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    private String tokenHash;
    @Column(nullable = false)
    private long invitedByUserId;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant expiresAt;
    private Instant acceptedAt;
    private Long acceptedUserId;
    private Instant revokedAt;

    protected ProviderInvitation() {
    }

    ProviderInvitation(long organisationId, long providerId, String email, Role role, String tokenHash, long invitedByUserId,
                       Instant now, Instant expiresAt) {
        this.organisationId = organisationId;
        this.providerId = providerId;
        this.email = email;
        this.role = role;
        this.tokenHash = tokenHash;
        this.invitedByUserId = invitedByUserId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isOpen(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    void accept(long userId, Instant now) {
        this.acceptedAt = now;
        this.acceptedUserId = userId;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    Long getId() {
        return id;
    }

    long getOrganisationId() {
        return organisationId;
    }

    long getProviderId() {
        return providerId;
    }

    String getEmail() {
        return email;
    }

    Role getRole() {
        return role;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
