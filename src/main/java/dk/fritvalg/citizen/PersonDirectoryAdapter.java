package dk.fritvalg.citizen;

import dk.fritvalg.security.PersonDirectory;
import dk.fritvalg.security.Role;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds a citizen or a relative by the keyed hash of the CPR number, for her first MitID login. */
@Component
class PersonDirectoryAdapter implements PersonDirectory {

    private final CitizenRepository citizens;
    private final RelativeRepository relatives;

    PersonDirectoryAdapter(CitizenRepository citizens, RelativeRepository relatives) {
        this.citizens = citizens;
        this.relatives = relatives;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KnownPerson> byCprHash(String cprHash) {
        return citizens.findByCprHash(cprHash)
                .map(c -> new KnownPerson(Role.CITIZEN, c.getId(), c.fullName(), c.getMunicipalityId(), c.getEmail()))
                .or(() -> relatives.findByCprHash(cprHash)
                        .map(r -> new KnownPerson(Role.RELATIVE, r.getId(), r.fullName(), null, r.getEmail())));
    }
}
