package dk.fritvalg.catalogue;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public reading of the add-on catalogue. */
@Service
public class CatalogueService {

    private final AddOnRepository addOns;
    private final AddOnPackageRepository packages;

    CatalogueService(AddOnRepository addOns, AddOnPackageRepository packages) {
        this.addOns = addOns;
        this.packages = packages;
    }

    @Transactional(readOnly = true)
    public List<AddOn> addOnsOfProvider(long providerId) {
        return addOns.findByProviderIdAndActiveTrueOrderByName(providerId);
    }

    /** The active add-ons of several providers in one query, by provider and name. */
    @Transactional(readOnly = true)
    public List<AddOn> addOnsOfProviders(Collection<Long> providerIds) {
        return providerIds.isEmpty() ? List.of() : addOns.findByProviderIdInAndActiveTrueOrderByProviderIdAscNameAsc(providerIds);
    }

    @Transactional(readOnly = true)
    public List<AddOn> addOnsInMunicipality(long municipalityId) {
        return addOns.findByMunicipalityIdAndActiveTrueOrderByName(municipalityId);
    }

    @Transactional(readOnly = true)
    public List<AddOnPackage> packagesInMunicipality(long municipalityId) {
        return packages.findByMunicipalityIdAndActiveTrueOrderByName(municipalityId);
    }
}
