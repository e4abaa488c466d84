package dk.fritvalg.citizen;

import dk.fritvalg.security.CitizenRelations;
import dk.fritvalg.security.Relation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the access guard how a user stands to a citizen: her municipality and the powers of attorney she has given. */
@Component
class CitizenRelationsAdapter implements CitizenRelations {

    private final CitizenRepository citizens;
    private final PowerOfAttorneyRepository powers;
    private final Clock clock;

    CitizenRelationsAdapter(CitizenRepository citizens, PowerOfAttorneyRepository powers, Clock clock) {
        this.citizens = citizens;
        this.powers = powers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> municipalityOf(long citizenId) {
        return citizens.findById(citizenId).map(Citizen::getMunicipalityId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Relation> powerOf(long relativeId, long citizenId) {
        LocalDate today = LocalDate.now(clock.withZone(SwitchRules.DANISH_TIME));
        List<PowerOfAttorney> valid = powers.findByCitizenId(citizenId).stream()
                .filter(p -> p.getRelativeId() == relativeId && p.isValidOn(today)).toList();
        if (valid.stream().anyMatch(p -> p.allows(PowerOfAttorneyScope.ACT))) {
            return Optional.of(Relation.RELATIVE_WITH_ACT_POWER);
        }
        return valid.isEmpty() ? Optional.empty() : Optional.of(Relation.RELATIVE_WITH_VIEW_POWER);
    }

    @Override
    @Transactional(readOnly = true)
    public String label(long citizenId) {
        return citizens.findById(citizenId).map(c -> c.getCprMasked() + " " + c.fullName()).orElse("");
    }
}
