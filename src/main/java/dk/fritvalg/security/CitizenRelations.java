package dk.fritvalg.security;

import java.util.Optional;

/**
 * What the guard needs to know about a citizen to decide a relation. The citizen module owns citizens and
 * powers of attorney and implements this; the guard stays free of their tables.
 */
public interface CitizenRelations {

    /** The citizen's municipality; empty when there is no such citizen. */
    Optional<Long> municipalityOf(long citizenId);

    /**
     * The relation a relative's power of attorney, valid today, gives her to the citizen:
     * {@link Relation#RELATIVE_WITH_ACT_POWER}, {@link Relation#RELATIVE_WITH_VIEW_POWER}, or empty.
     */
    Optional<Relation> powerOf(long relativeId, long citizenId);

    /** How the citizen is shown in the audit trail: masked CPR number and name. */
    String label(long citizenId);
}
