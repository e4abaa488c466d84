package dk.fritvalg.provider;

/**
 * What a settlement price is paid per: an hour (granted or delivered), a visit, a whole rehabilitation course, a
 * package, or a fixed amount per month.
 */
public enum SettlementUnit {
    HOUR, VISIT, COURSE, PACKAGE, MONTH
}
