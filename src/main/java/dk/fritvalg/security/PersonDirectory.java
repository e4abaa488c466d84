package dk.fritvalg.security;

import java.util.Optional;

/**
 * The people the portal knows by CPR number (as its keyed hash): citizens created by staff or a care system, and
 * relatives registered with a power of attorney. MitID login asks it who someone is the first time she signs in, so
 * that she gets her login then. The citizen module owns these people and implements this.
 */
public interface PersonDirectory {

    /** A person found by the keyed hash of her CPR number: a citizen (with her municipality) or a relative. */
    record KnownPerson(Role role, long id, String displayName, Long municipalityId, String email) {
    }

    /** The citizen with this CPR hash, or else the relative with it; empty when the portal does not know the person. */
    Optional<KnownPerson> byCprHash(String cprHash);
}
