package dk.fritvalg.provider;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One row of the comparison list: a provider a citizen may choose in the area today, with its agreement
 * for the area and its latest overall satisfaction and continuity (null when there are no figures).
 */
public record ProviderSummary(
        long id,
        String name,
        ProviderType type,
        String description,
        boolean acceptingNewCitizens,
        AgreementModel agreementModel,
        LocalDate agreementValidTo,
        List<String> languages,
        Set<ProviderFeature> features,
        Satisfaction satisfaction,
        Continuity continuity) {
}
