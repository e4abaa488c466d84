package dk.fritvalg.municipality;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceAreaRepository extends JpaRepository<ServiceArea, Long> {

    List<ServiceArea> findByMunicipalityIdOrderByKind(Long municipalityId);

    Optional<ServiceArea> findByMunicipalityIdAndKind(Long municipalityId, ServiceAreaKind kind);
}
