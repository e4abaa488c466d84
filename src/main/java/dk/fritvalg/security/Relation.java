package dk.fritvalg.security;

/**
 * How a user stands to the target of an action. A permission lists the relations that grant it, each
 * with the roles that may use it; {@link AccessGuard} works out the user's relation to the target.
 */
public enum Relation {
    /** The citizen herself. */
    SELF,
    /** A relative holding a valid power of attorney to see the citizen's data (an act power includes this). */
    RELATIVE_WITH_VIEW_POWER,
    /** A relative holding a valid power of attorney to act for the citizen. */
    RELATIVE_WITH_ACT_POWER,
    /** Staff of the target's municipality (the citizen's, or the municipality itself). */
    MUNICIPALITY_STAFF,
    /** Staff of the target provider. */
    PROVIDER_STAFF,
    /** The user's own account (a relative's list of powers, for example). */
    OWN_ACCOUNT,
    /** Staff of a provider that runs (or ran) a rehabilitation course for the citizen. */
    COURSE_PROVIDER_STAFF;

    /** Whether a user standing in this relation has what the grant's relation asks for. */
    boolean satisfies(Relation granted) {
        return this == granted || (this == RELATIVE_WITH_ACT_POWER && granted == RELATIVE_WITH_VIEW_POWER);
    }
}
