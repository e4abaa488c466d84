package dk.fritvalg.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AddOnRepository extends JpaRepository<AddOn, Long> {
    Optional<AddOn> findByCatalogueKey(String catalogueKey);

    List<AddOn> findByProviderIdAndActiveTrueOrderByName(Long providerId);

    List<AddOn> findByProviderId(Long providerId);

    List<AddOn> findByProviderIdInAndActiveTrueOrderByProviderIdAscNameAsc(java.util.Collection<Long> providerIds);

    List<AddOn> findByMunicipalityIdAndActiveTrueOrderByName(Long municipalityId);
}

interface AddOnPackageRepository extends JpaRepository<AddOnPackage, Long> {
    Optional<AddOnPackage> findByCatalogueKey(String catalogueKey);

    List<AddOnPackage> findByProviderIdAndActiveTrueOrderByName(Long providerId);

    List<AddOnPackage> findByMunicipalityIdAndActiveTrueOrderByName(Long municipalityId);
}

interface CatalogueFileRepository extends JpaRepository<CatalogueFile, String> {
}

interface AddOnCostCalculationRepository extends JpaRepository<AddOnCostCalculation, Long> {
}
