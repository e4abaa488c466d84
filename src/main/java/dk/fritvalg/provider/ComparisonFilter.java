package dk.fritvalg.provider;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a citizen compares by. Only {@code serviceAreaId} is required; a provider must speak every
 * chosen language and have every chosen feature.
 *
 * @param postcode      served postcode, or null for all
 * @param acceptingOnly only providers taking new citizens
 * @param type          municipal or private, or null for both
 */
public record ComparisonFilter(
        long serviceAreaId,
        String postcode,
        boolean acceptingOnly,
        Set<String> languages,
        Set<ProviderFeature> features,
        ProviderType type,
        ComparisonSort sort) {

    public ComparisonFilter {
        postcode = postcode == null || postcode.isBlank() ? null : postcode.strip();
        languages = languages == null ? Set.of() : Set.copyOf(new TreeSet<>(languages));
        features = features == null || features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
        sort = sort == null ? ComparisonSort.NAME : sort;
    }

    /** Every selectable provider in the area, by name. */
    public static ComparisonFilter area(long serviceAreaId) {
        return new ComparisonFilter(serviceAreaId, null, false, Set.of(), Set.of(), null, ComparisonSort.NAME);
    }

    public ComparisonFilter withPostcode(String value) {
        return new ComparisonFilter(serviceAreaId, value, acceptingOnly, languages, features, type, sort);
    }

    public ComparisonFilter withAcceptingOnly(boolean value) {
        return new ComparisonFilter(serviceAreaId, postcode, value, languages, features, type, sort);
    }

    public ComparisonFilter withLanguages(Set<String> value) {
        return new ComparisonFilter(serviceAreaId, postcode, acceptingOnly, value, features, type, sort);
    }

    public ComparisonFilter withFeatures(Set<ProviderFeature> value) {
        return new ComparisonFilter(serviceAreaId, postcode, acceptingOnly, languages, value, type, sort);
    }

    public ComparisonFilter withType(ProviderType value) {
        return new ComparisonFilter(serviceAreaId, postcode, acceptingOnly, languages, features, value, sort);
    }

    public ComparisonFilter withSort(ComparisonSort value) {
        return new ComparisonFilter(serviceAreaId, postcode, acceptingOnly, languages, features, type, value);
    }
}
