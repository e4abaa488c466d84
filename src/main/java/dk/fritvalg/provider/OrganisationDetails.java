package dk.fritvalg.provider;

/** Who a provider organisation is: its CVR number, name and how to reach it. */
public record OrganisationDetails(
        String cvr,
        String name,
        String address,
        String postcode,
        String city,
        String phone,
        String email,
        String website) {

    static OrganisationDetails of(ProviderProfile profile) {
        return new OrganisationDetails(profile.cvr(), profile.name(), profile.address(), profile.postcode(), profile.city(),
                profile.phone(), profile.email(), profile.website());
    }
}
