package dk.fritvalg.citizen.ui;

import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Role;
import dk.fritvalg.ui.ActingFor;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The citizen a relative's menu leads to: the one they may act for, as {@code CitizenContext} picks it. */
@Component
class RelativeActingFor implements ActingFor {

    private final CitizenService citizens;

    RelativeActingFor(CitizenService citizens) {
        this.citizens = citizens;
    }

    @Override
    public Optional<String> citizenName() {
        if (CurrentUser.get().map(user -> user.role() != Role.RELATIVE).orElse(true)) {
            return Optional.empty();
        }
        List<CitizenService.Represented> acting = citizens.representedByCurrentRelative().stream()
                .filter(r -> r.scope() == PowerOfAttorneyScope.ACT).toList();
        return acting.size() == 1 ? Optional.of(acting.getFirst().name()) : Optional.empty();
    }
}
