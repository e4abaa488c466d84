package dk.fritvalg.provider;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderAgreementRepository extends JpaRepository<ProviderAgreement, Long> {

    List<ProviderAgreement> findByProviderId(Long providerId);

    List<ProviderAgreement> findByProviderIdIn(java.util.Collection<Long> providerIds);

    Optional<ProviderAgreement> findByProviderIdAndServiceAreaIdAndValidFrom(Long providerId, Long serviceAreaId, LocalDate validFrom);
}
