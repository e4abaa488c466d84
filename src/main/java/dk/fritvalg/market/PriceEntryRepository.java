package dk.fritvalg.market;

import dk.fritvalg.provider.SettlementUnit;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PriceEntryRepository extends JpaRepository<PriceEntry, Long> {

    List<PriceEntry> findByServiceAreaIdAndUnitOrderByValidFrom(Long serviceAreaId, SettlementUnit unit);

    List<PriceEntry> findByServiceAreaIdOrderByValidFrom(Long serviceAreaId);

    List<PriceEntry> findByMunicipalityIdOrderByServiceAreaIdAscUnitAscValidFromAsc(Long municipalityId);
}
