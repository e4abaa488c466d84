package dk.fritvalg.settlement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRepository extends JpaRepository<Visit, Long> {

    Optional<Visit> findByMunicipalityIdAndSourceAndSourceVisitId(long municipalityId, String source, String sourceVisitId);

    long countByMunicipalityId(long municipalityId);
}
