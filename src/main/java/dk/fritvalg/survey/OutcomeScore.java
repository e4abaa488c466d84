package dk.fritvalg.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Objects;

/**
 * The exact scoring of WHO-5 and WHODAS 2.0 (12 items), with their rules for missing items; a missing item is never
 * counted as 0.
 * <ul>
 * <li>WHO-5: raw score = the sum of the five items (0–25); percentage = raw × 4. A percentage of 50 or below (raw below
 * 13) is poor well-being; 28 or below is flagged for the caseworker (screening for depression); a change of 10 percentage
 * points or more between two measurements is significant. Missing items: WHO-5 has no imputation rule, so a measurement
 * with any item missing is not scored ({@link #scored()} false) and shown as incomplete.</li>
 * <li>WHODAS 2.0, 12 items, simple scoring: the sum of the items coded 0–4 (0–48), shown as a percentage of the maximum
 * 48, in the ICF bands none (0–4 %), mild (5–24 %), moderate (25–49 %), severe (50–95 %) and extreme (96–100 %).
 * Missing items: as the WHODAS 2.0 manual allows for the summary score, one missing item is replaced by the mean of the
 * other eleven (the sum is then 12 × that mean); with two or more missing the measurement is not scored.</li>
 * </ul>
 *
 * @param raw     the sum (WHODAS with the one imputed item, to two decimals); null when not scored
 * @param percent the percentage (0–100, one decimal); null when not scored
 * @param missing how many items were not answered
 */
public record OutcomeScore(Instrument instrument, BigDecimal raw, BigDecimal percent, int missing) {

    /** WHODAS-12 bands of the percentage (ICF qualifiers). */
    public enum Band { NONE, MILD, MODERATE, SEVERE, EXTREME }

    public static final BigDecimal POOR_WELL_BEING = BigDecimal.valueOf(50);
    public static final BigDecimal FLAG_FOR_CASEWORKER = BigDecimal.valueOf(28);
    public static final BigDecimal SIGNIFICANT_CHANGE = BigDecimal.TEN;

    public static OutcomeScore of(Instrument instrument, Integer[] items) {
        if (items == null || items.length != instrument.items()) {
            throw new IllegalArgumentException(instrument + " has " + instrument.items() + " items");
        }
        for (Integer item : items) {
            if (item != null && (item < 0 || item > instrument.maxItem())) {
                throw new IllegalArgumentException(instrument + " items are 0–" + instrument.maxItem() + ": " + item);
            }
        }
        int missing = (int) Arrays.stream(items).filter(Objects::isNull).count();
        int sum = Arrays.stream(items).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
        return switch (instrument) {
            case WHO5 -> missing > 0 ? new OutcomeScore(instrument, null, null, missing)
                    : new OutcomeScore(instrument, BigDecimal.valueOf(sum), BigDecimal.valueOf(sum * 4L).setScale(1), 0);
            case WHODAS12 -> {
                if (missing > 1) {
                    yield new OutcomeScore(instrument, null, null, missing);
                }
                // one missing: the mean of the other eleven stands in for it, so the sum is 12/11 of theirs
                BigDecimal raw = missing == 0 ? BigDecimal.valueOf(sum)
                        : BigDecimal.valueOf(sum).multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(11), 2, RoundingMode.HALF_UP);
                BigDecimal percent = raw.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(48), 1, RoundingMode.HALF_UP);
                yield new OutcomeScore(instrument, raw, percent, missing);
            }
        };
    }

    public boolean scored() {
        return percent != null;
    }

    /** WHO-5: 50 % or below. */
    public boolean poorWellBeing() {
        return instrument == Instrument.WHO5 && scored() && percent.compareTo(POOR_WELL_BEING) <= 0;
    }

    /** WHO-5: 28 % or below, shown to the caseworker as a flag. */
    public boolean flagged() {
        return instrument == Instrument.WHO5 && scored() && percent.compareTo(FLAG_FOR_CASEWORKER) <= 0;
    }

    /** WHODAS-12's band; null for WHO-5 or when not scored. */
    public Band band() {
        if (instrument != Instrument.WHODAS12 || !scored()) {
            return null;
        }
        double p = percent.doubleValue();
        return p <= 4 ? Band.NONE : p <= 24 ? Band.MILD : p <= 49 ? Band.MODERATE : p <= 95 ? Band.SEVERE : Band.EXTREME;
    }

    /** Whether the change from an earlier WHO-5 measurement is significant (10 percentage points or more either way). */
    public boolean significantChangeFrom(OutcomeScore earlier) {
        return instrument == Instrument.WHO5 && scored() && earlier != null && earlier.scored() && instrument == earlier.instrument()
                && percent.subtract(earlier.percent()).abs().compareTo(SIGNIFICANT_CHANGE) >= 0;
    }
}
