package dk.fritvalg.catalogue;

import dk.fritvalg.municipality.ServiceAreaKind;
import java.util.Optional;

/** What kind of extra service an add-on is. */
public enum AddOnCategory {
    CLEANING, WINDOWS, LAUNDRY, SHOPPING, COMPANION, RELATIVE_SUBSTITUTE, IT_HELP, HAIRDRESSER, FOOT_CARE, MUSIC_THERAPY, MEALS, GARDEN, PERSONAL_CARE;

    /**
     * The granted help an add-on of this kind lies next to: an add-on may never replace help the citizen is entitled to,
     * so where she has a grant in that area the municipal provider's add-on is sold only as an extra beyond the grant.
     */
    public Optional<ServiceAreaKind> grantedArea() {
        return switch (this) {
            case CLEANING, WINDOWS, LAUNDRY, SHOPPING -> Optional.of(ServiceAreaKind.PRACTICAL_HELP);
            case PERSONAL_CARE -> Optional.of(ServiceAreaKind.PERSONAL_CARE);
            case MEALS -> Optional.of(ServiceAreaKind.MEALS);
            default -> Optional.empty();
        };
    }
}
