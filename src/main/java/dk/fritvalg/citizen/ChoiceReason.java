package dk.fritvalg.citizen;

/** Why a citizen has a provider: chosen, given by the municipality's default rule, switched, or moved by the contingency plan. */
public enum ChoiceReason {
    CHOSEN, DEFAULT_RULE, SWITCH, CONTINGENCY
}
