package dk.fritvalg.provider;

import dk.fritvalg.municipality.MunicipalityService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Fresh provider organisations for tests, each working in the municipalities asked for. */
@Component
public class ProviderFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2};

    private final ProviderRegistry registry;
    private final MunicipalityService municipalities;

    ProviderFixture(ProviderRegistry registry, MunicipalityService municipalities) {
        this.registry = registry;
        this.municipalities = municipalities;
    }

    /** An unused valid CVR number (modulus 11). */
    public static String newCvr() {
        while (true) {
            String first7 = String.format("%07d", 3_000_000 + SEQUENCE.incrementAndGet() % 6_000_000);
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (first7.charAt(i) - '0') * WEIGHTS[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return first7 + check;
            }
        }
    }

    /** A new private organisation. */
    public long organisation(String name) {
        String cvr = newCvr();
        return registry.registerOrganisation(new OrganisationDetails(cvr, name, "Testvej 2", "8000", "Aarhus", null,
                "kontakt-" + cvr + "@example.dk", null));
    }

    /** A new private organisation working in each municipality (by code), serving the postcodes; provider id by code. */
    public Map<String, Long> chain(String name, Map<String, Set<String>> postcodesByMunicipality) {
        long organisation = organisation(name);
        Map<String, Long> providers = new LinkedHashMap<>();
        postcodesByMunicipality.forEach((code, postcodes) -> providers.put(code, registry.presenceIn(organisation,
                municipalities.byCode(code).orElseThrow().getId(), ProviderType.PRIVATE, postcodes)));
        return providers;
    }
}
