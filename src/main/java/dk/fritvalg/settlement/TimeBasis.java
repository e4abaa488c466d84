package dk.fritvalg.settlement;

/** The time an activity-based model pays for: the granted (visited) time of the visits, or the time actually delivered. */
public enum TimeBasis {
    GRANTED, DELIVERED
}
