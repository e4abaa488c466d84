package dk.fritvalg.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProviderInvitationRepository extends JpaRepository<ProviderInvitation, Long> {
    Optional<ProviderInvitation> findByTokenHash(String tokenHash);

    @Query("""
            SELECT i FROM ProviderInvitation i WHERE i.organisationId = :organisationId AND i.acceptedAt IS NULL AND i.revokedAt IS NULL
              AND i.expiresAt > :now ORDER BY i.createdAt""")
    List<ProviderInvitation> findOpen(long organisationId, Instant now);
}
