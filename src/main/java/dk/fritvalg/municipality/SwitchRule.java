package dk.fritvalg.municipality;

/** When a switch of provider takes effect: after a notice in days, or by a monthly cut-off day. */
public enum SwitchRule {
    NOTICE_DAYS, MONTHLY_CUTOFF
}
