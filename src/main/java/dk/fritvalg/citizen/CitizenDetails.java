package dk.fritvalg.citizen;

/** Name, address and contact details of a citizen. */
public record CitizenDetails(String firstName, String lastName, String address, String postcode, String city,
                             String email, String phone, boolean nursingHomeResident) {
}
