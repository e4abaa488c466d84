package dk.fritvalg.citizen;

import com.vaadin.flow.router.BeforeEnterEvent;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import java.util.List;
import java.util.Optional;

/**
 * Whom a citizen page is for (Min hjælp, switching, add-ons): a citizen's own pages, or for a relative the citizen in {@code ?borger=<id>}
 * (or the only citizen they may act for). The services check the power of attorney; this only picks the id.
 */
public final class CitizenContext {

    public static final String PARAMETER = "borger";

    private CitizenContext() {
    }

    public static Optional<Long> resolve(BeforeEnterEvent event, CitizenService citizens) {
        PortalUser user = CurrentUser.require();
        if (user.role() == Role.CITIZEN) {
            return Optional.ofNullable(user.citizenId());
        }
        Optional<Long> given = event.getLocation().getQueryParameters().getSingleParameter(PARAMETER).flatMap(CitizenContext::parse);
        if (given.isPresent() || user.role() != Role.RELATIVE) {
            return given;
        }
        List<CitizenService.Represented> acting = citizens.representedByCurrentRelative().stream()
                .filter(r -> r.scope() == PowerOfAttorneyScope.ACT).toList();
        return acting.size() == 1 ? Optional.of(acting.getFirst().citizenId()) : Optional.empty();
    }

    /** The citizen of the page; when there is none (a relative who must pick), on to the list of powers of attorney. */
    public static Optional<Long> enter(BeforeEnterEvent event, CitizenService citizens) {
        Optional<Long> id = resolve(event, citizens);
        if (id.isEmpty() && CurrentUser.require().role() == Role.RELATIVE) {
            event.forwardTo("fuldmagter");
        } else if (id.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
        return id;
    }

    /** A link to another page for the same citizen. */
    public static String link(String route, long citizenId) {
        PortalUser user = CurrentUser.require();
        if (user.role() == Role.CITIZEN) {
            return route;
        }
        return route + (route.contains("?") ? "&" : "?") + PARAMETER + "=" + citizenId;
    }

    /** A number from the address, or nothing when it is not one. */
    public static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
