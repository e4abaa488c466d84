package dk.fritvalg.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByCprHash(String cprHash);

    List<UserAccount> findByMunicipalityIdAndRoleInAndEnabledTrue(Long municipalityId, Collection<Role> roles);

    List<UserAccount> findByOrganisationIdAndRoleInAndEnabledTrueOrderByDisplayName(Long organisationId, Collection<Role> roles);
}
