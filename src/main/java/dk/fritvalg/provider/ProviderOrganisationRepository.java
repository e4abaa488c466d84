package dk.fritvalg.provider;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderOrganisationRepository extends JpaRepository<ProviderOrganisation, Long> {

    Optional<ProviderOrganisation> findByCvr(String cvr);
}
