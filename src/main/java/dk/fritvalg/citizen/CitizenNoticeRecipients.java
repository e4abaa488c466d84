package dk.fritvalg.citizen;

import dk.fritvalg.notification.NoticeRecipients;
import dk.fritvalg.notification.PersonKind;
import dk.fritvalg.notification.PostalAddress;
import dk.fritvalg.notification.Recipient;
import dk.fritvalg.shared.CprVault;
import dk.fritvalg.shared.TimeConfiguration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the notification module who citizens and relatives are, how to reach them, and who gets a copy. */
@Component
class CitizenNoticeRecipients implements NoticeRecipients {

    private final CitizenRepository citizens;
    private final RelativeRepository relatives;
    private final PowerOfAttorneyRepository powers;
    private final CprVault cprVault;
    private final Clock clock;

    CitizenNoticeRecipients(CitizenRepository citizens, RelativeRepository relatives, PowerOfAttorneyRepository powers, CprVault cprVault,
                            Clock clock) {
        this.citizens = citizens;
        this.relatives = relatives;
        this.powers = powers;
        this.cprVault = cprVault;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Recipient> citizen(long citizenId) {
        return citizens.findById(citizenId).map(c -> new Recipient(PersonKind.CITIZEN, c.getId(), c.fullName(), c.getEmail(),
                c.getCprSealed() != null, new PostalAddress(c.getAddress(), c.getPostcode(), c.getCity()), c.getMunicipalityId()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Recipient> relative(long relativeId, Long municipalityId) {
        return relatives.findById(relativeId).map(r -> recipient(r, municipalityId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> relativesWithPower(long citizenId) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME));
        Long municipalityId = citizens.findById(citizenId).map(Citizen::getMunicipalityId).orElse(null);
        return powers.findByCitizenId(citizenId).stream()
                .filter(p -> p.isValidOn(today))
                .map(PowerOfAttorney::getRelativeId)
                .distinct()
                .map(relatives::findById)
                .flatMap(Optional::stream)
                .map(r -> recipient(r, municipalityId))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> cprForSending(PersonKind kind, long id) {
        Optional<String> sealed = switch (kind) {
            case CITIZEN -> citizens.findById(id).map(Citizen::getCprSealed);
            case RELATIVE -> relatives.findById(id).map(Relative::getCprSealed);
            case ADDRESS -> Optional.empty();
        };
        return sealed.filter(Objects::nonNull).map(cprVault::open);
    }

    private Recipient recipient(Relative r, Long municipalityId) {
        PostalAddress address = r.getAddress() == null ? null : new PostalAddress(r.getAddress(), r.getPostcode(), r.getCity());
        return new Recipient(PersonKind.RELATIVE, r.getId(), r.fullName(), r.getEmail(), r.getCprSealed() != null, address,
                municipalityId != null ? municipalityId : r.getOwnerMunicipalityId());
    }
}
