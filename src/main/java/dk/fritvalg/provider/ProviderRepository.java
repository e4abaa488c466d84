package dk.fritvalg.provider;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderRepository extends JpaRepository<Provider, Long> {

    Optional<Provider> findByCatalogueKey(String catalogueKey);

    List<Provider> findByMunicipalityIdOrderByName(Long municipalityId);

    List<Provider> findByOrganisationIdOrderByMunicipalityId(Long organisationId);

    Optional<Provider> findByOrganisationIdAndMunicipalityId(Long organisationId, Long municipalityId);
}
