package dk.fritvalg.provider;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a provider tells citizens about itself. */
public record ProviderProfile(
        ProviderType type,
        String cvr,
        String name,
        String description,
        String ownership,
        String address,
        String postcode,
        String city,
        String phone,
        String email,
        String website,
        List<String> languages,
        Set<ProviderFeature> features,
        boolean acceptingNewCitizens,
        int cancellationDeadlineHour,
        LocalDate lastInspection,
        Set<String> postcodes) {
}
