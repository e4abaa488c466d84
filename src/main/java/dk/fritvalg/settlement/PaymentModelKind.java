package dk.fritvalg.settlement;

/** How a service area is paid: per unit of activity, per course that reached its goal, or a base plus a bonus for results. */
public enum PaymentModelKind {
    ACTIVITY, RESULT, COMBINATION
}
