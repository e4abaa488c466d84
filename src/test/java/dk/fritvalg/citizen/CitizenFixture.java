package dk.fritvalg.citizen;

import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Fresh citizens, relatives and users for tests, so tests never depend on each other's changes. */
@Component
public class CitizenFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1000));
    private static final AtomicInteger USER_IDS = new AtomicInteger(900_000);

    private final CitizenRegistry registry;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final PowerOfAttorneyRepository powers;

    CitizenFixture(CitizenRegistry registry, MunicipalityService municipalities, ProviderService providers,
                   PowerOfAttorneyRepository powers) {
        this.registry = registry;
        this.powers = powers;
        this.municipalities = municipalities;
        this.providers = providers;
    }

    /** A valid, unused CPR number (born 1940-1949, seventh digit 0–3). */
    public static String newCpr() {
        int n = SEQUENCE.incrementAndGet();
        int day = 1 + n % 28;
        int year = 40 + (n / 28) % 10;
        int serial = 1000 + (n / 280) % 3000;
        return String.format("%02d01%02d%04d", day, year, serial);
    }

    public long citizen(String municipalityCode, String postcode, String email) {
        return citizen(municipalityCode, postcode, email, newCpr());
    }

    public long citizen(String municipalityCode, String postcode, String email, String cpr) {
        Municipality m = municipalities.byCode(municipalityCode).orElseThrow();
        return registry.registerCitizen(m.getId(), cpr, new CitizenDetails("Test", "Borger" + SEQUENCE.get(),
                "Testvej 1", postcode, "Testby", email, null, false));
    }

    public long area(String municipalityCode, ServiceAreaKind kind) {
        Municipality m = municipalities.byCode(municipalityCode).orElseThrow();
        return municipalities.serviceArea(m.getId(), kind).orElseThrow().getId();
    }

    public long provider(String catalogueKey) {
        return providers.byCatalogueKey(catalogueKey).orElseThrow().getId();
    }

    /** A grant from the first of last month with the given provider already chosen (or none). */
    public void grant(long citizenId, long areaId, Long providerId) {
        LocalDate start = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        registry.addGrant(citizenId, areaId, 60, start, null);
        if (providerId != null) {
            registry.recordChoice(citizenId, areaId, providerId, start, ChoiceReason.CHOSEN, null, null);
        }
    }

    /** A grant from a given date, with no provider chosen. */
    public void grantFrom(long citizenId, long areaId, LocalDate start) {
        registry.addGrant(citizenId, areaId, 60, start, null);
    }

    public long relative(String email) {
        return relative(newCpr(), "Test", "Pårørende" + SEQUENCE.get(), email);
    }

    /** Registers the relative, or finds the one with this CPR number (and updates the name). */
    public long relative(String cpr, String firstName, String lastName, String email) {
        return registry.registerRelative(cpr, firstName, lastName, email, null);
    }

    public void powerOfAttorney(long relativeId, long citizenId, PowerOfAttorneyScope scope) {
        registry.registerPowerOfAttorney(relativeId, citizenId, scope, LocalDate.now().minusDays(1), null);
    }

    /** A power the citizen gave in the portal that the relative has not answered yet. */
    public long waitingPowerOfAttorney(long relativeId, long citizenId, PowerOfAttorneyScope scope) {
        return powers.save(PowerOfAttorney.givenByCitizen(relativeId, citizenId, "Test Venter", scope, LocalDate.now().minusDays(1), null,
                null, java.time.Instant.now())).getId();
    }

    public static PortalUser citizenUser(long citizenId, long municipalityId) {
        return new PortalUser(USER_IDS.incrementAndGet(), "citizen-" + citizenId, "Test", Role.CITIZEN, municipalityId, null, citizenId,
                null, null, false);
    }

    public static PortalUser relativeUser(long relativeId) {
        return new PortalUser(USER_IDS.incrementAndGet(), "relative-" + relativeId, "Test", Role.RELATIVE, null, null, null, relativeId,
                null, false);
    }

    public static PortalUser staffUser(long municipalityId) {
        return new PortalUser(USER_IDS.incrementAndGet(), "staff-" + municipalityId, "Test", Role.MUNICIPAL_NEEDS_ASSESSMENT, municipalityId,
                null, null, null, null, false);
    }

    public static PortalUser providerUser(long providerId) {
        return new PortalUser(USER_IDS.incrementAndGet(), "provider-" + providerId, "Test", Role.PROVIDER_ADMIN, null, providerId,
                null, null, null, false);
    }

    public long municipalityId(String code) {
        return municipalities.byCode(code).orElseThrow().getId();
    }

    /** Runs as this user on the current thread. */
    public static void actAs(PortalUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
