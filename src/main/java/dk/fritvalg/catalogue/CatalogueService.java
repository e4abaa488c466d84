package dk.fritvalg.catalogue;

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

    @Transactional(readOnly = true)
    public List<AddOn> addOnsInMunicipality(long municipalityId) {
        return addOns.findByMunicipalityIdAndActiveTrueOrderByName(municipalityId);
    }

    @Transactional(readOnly = true)
    public List<AddOnPackage> packagesInMunicipality(long municipalityId) {
        return packages.findByMunicipalityIdAndActiveTrueOrderByName(municipalityId);
    }
}
