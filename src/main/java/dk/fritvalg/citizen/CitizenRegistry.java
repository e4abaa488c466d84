package dk.fritvalg.citizen;

import dk.fritvalg.notification.Channel;
import dk.fritvalg.notification.Notifications;
import dk.fritvalg.notification.PersonKind;
import dk.fritvalg.shared.CprHasher;
import dk.fritvalg.shared.CprVault;
import dk.fritvalg.shared.EmailAddress;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System-side registration of citizens, relatives, grants and choices: used by imports from the
 * municipal care system and by the demo data, never by a view (a test keeps it that way).
 * Staff-facing registration, with its permission checks, goes through {@link CitizenService}.
 */
@Service
public class CitizenRegistry {

    private final CitizenRepository citizens;
    private final RelativeRepository relatives;
    private final PowerOfAttorneyRepository powers;
    private final GrantRepository grants;
    private final ProviderChoiceRepository choices;
    private final CprHasher cprHasher;
    private final CprVault cprVault;
    private final Notifications notifications;
    private final Clock clock;

    CitizenRegistry(CitizenRepository citizens, RelativeRepository relatives, PowerOfAttorneyRepository powers,
                    GrantRepository grants, ProviderChoiceRepository choices, CprHasher cprHasher, CprVault cprVault,
                    Notifications notifications, Clock clock) {
        this.cprVault = cprVault;
        this.notifications = notifications;
        this.citizens = citizens;
        this.relatives = relatives;
        this.powers = powers;
        this.grants = grants;
        this.choices = choices;
        this.cprHasher = cprHasher;
        this.clock = clock;
    }

    /** Creates or updates the citizen with this CPR number; returns its id. */
    @Transactional
    public long registerCitizen(long municipalityId, String cpr, CitizenDetails details) {
        EmailAddress.require(details.email());
        String hash = cprHasher.hash(cpr);
        Citizen citizen = citizens.findByCprHash(hash)
                .orElseGet(() -> new Citizen(municipalityId, hash, CprHasher.mask(cpr), birthDate(cpr)));
        citizen.update(details, clock.instant());
        citizen.sealCpr(cprVault.seal(cpr));
        return citizens.save(citizen).getId();
    }

    @Transactional
    public long registerRelative(String cpr, String firstName, String lastName, String email, String phone) {
        EmailAddress.require(email);
        String hash = cprHasher.hash(cpr);
        Relative relative = relatives.findByCprHash(hash).orElseGet(() -> new Relative(hash, null));
        relative.update(firstName, lastName, email, phone);
        relative.sealCpr(cprVault.seal(cpr));
        return relatives.save(relative).getId();
    }

    /** A relative's postal address from the care system, for letters. */
    @Transactional
    public void registerRelativeAddress(long relativeId, String street, String postcode, String city) {
        relatives.findById(relativeId).orElseThrow().changeAddress(street, postcode, city);
    }

    /**
     * The channel the care system knows for a citizen (for example {@link Channel#LETTER} for one exempt from Digital
     * Post); used when she has not chosen one herself.
     */
    @Transactional
    public void registerCareSystemChannel(long citizenId, Channel channel) {
        notifications.careSystemChannel(PersonKind.CITIZEN, citizenId, channel);
    }

    @Transactional
    public long registerPowerOfAttorney(long relativeId, long citizenId, PowerOfAttorneyScope scope, LocalDate from, LocalDate to) {
        Relative relative = relatives.findById(relativeId).orElseThrow();
        relative.claimOwnership(citizens.findById(citizenId).orElseThrow().getMunicipalityId());
        return powers.findByCitizenId(citizenId).stream()
                .filter(p -> p.getRelativeId() == relativeId && p.getScope() == scope && p.getValidFrom().equals(from))
                .findFirst()
                .orElseGet(() -> powers.save(new PowerOfAttorney(relativeId, citizenId, relative.fullName(), scope, from, to, null,
                        clock.instant())))
                .getId();
    }

    @Transactional
    public long addGrant(long citizenId, long serviceAreaId, int minutesPerWeek, LocalDate from, LocalDate to) {
        return grants.findByCitizenIdOrderByValidFrom(citizenId).stream()
                .filter(g -> g.getServiceAreaId() == serviceAreaId && g.getValidFrom().equals(from))
                .findFirst()
                .orElseGet(() -> grants.save(new Grant(citizenId, serviceAreaId, minutesPerWeek, from, to)))
                .getId();
    }

    /** Records a provider choice from a date, ending the one before it in that area. */
    @Transactional
    public long recordChoice(long citizenId, long serviceAreaId, long providerId, LocalDate from, ChoiceReason reason,
                             Long madeByUserId, Long madeByRelativeId) {
        return choose(citizenId, serviceAreaId, providerId, from, reason, madeByUserId, madeByRelativeId).getId();
    }

    /** Idempotent: the same provider from the same date is recorded once. */
    ProviderChoice choose(long citizenId, long serviceAreaId, long providerId, LocalDate from, ChoiceReason reason,
                          Long madeByUserId, Long madeByRelativeId) {
        var existing = choices.findByCitizenIdOrderByValidFromDesc(citizenId).stream()
                .filter(c -> c.getServiceAreaId() == serviceAreaId)
                .toList();
        var same = existing.stream().filter(c -> c.getValidFrom().equals(from) && c.getProviderId() == providerId).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        existing.stream().filter(c -> c.getValidTo() == null && c.getValidFrom().isBefore(from))
                .forEach(c -> c.endOn(from.minusDays(1), clock.instant()));
        return choices.save(new ProviderChoice(citizenId, serviceAreaId, providerId, from, reason, madeByUserId,
                madeByRelativeId, clock.instant()));
    }

    /** The birth date in a CPR number, using the seventh digit for the century as the CPR office does. */
    static LocalDate birthDate(String cpr) {
        String digits = CprHasher.normalise(cpr);
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int yy = Integer.parseInt(digits.substring(4, 6));
        int seventh = digits.charAt(6) - '0';
        int century;
        if (seventh <= 3) {
            century = 1900;
        } else if (seventh == 4 || seventh == 9) {
            century = yy <= 36 ? 2000 : 1900;
        } else {
            century = yy <= 57 ? 2000 : 1800;
        }
        return LocalDate.of(century + yy, month, day);
    }
}
