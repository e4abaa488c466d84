package dk.fritvalg.citizen;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CitizenRepository extends JpaRepository<Citizen, Long> {
    Optional<Citizen> findByCprHash(String cprHash);
}

interface RelativeRepository extends JpaRepository<Relative, Long> {
    Optional<Relative> findByCprHash(String cprHash);
}

interface PowerOfAttorneyRepository extends JpaRepository<PowerOfAttorney, Long> {
    List<PowerOfAttorney> findByRelativeId(Long relativeId);

    List<PowerOfAttorney> findByCitizenId(Long citizenId);
}

interface GrantRepository extends JpaRepository<Grant, Long> {
    List<Grant> findByCitizenIdOrderByValidFrom(Long citizenId);
}

interface ProviderChoiceRepository extends JpaRepository<ProviderChoice, Long> {
    List<ProviderChoice> findByCitizenIdOrderByValidFromDesc(Long citizenId);
}
