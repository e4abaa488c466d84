package dk.fritvalg.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The answers to one scale question (1–5) for one group: n (answers on the scale, "Ved ikke" not counted), the mean, a
 * 95 % confidence interval and the distribution. The interval is a t-interval on the 1–5 scale: mean ± t(0.975, n−1) ×
 * s / √n, with s the sample standard deviation, cut to the scale's ends 1 and 5. Below the minimum group size
 * ({@link #withheld()}) mean, interval and distribution are null: nothing built on fewer answers is shown.
 *
 * @param counts counts[0] is the number of 1s … counts[4] the number of 5s; null when withheld
 */
public record ScaleSummary(int n, int dontKnow, BigDecimal mean, BigDecimal ciLow, BigDecimal ciHigh, int[] counts) {

    /** What the municipality may set as its minimum group size is never below this. */
    public static final int ABSOLUTE_MINIMUM = 3;

    public boolean withheld() {
        return mean == null;
    }

    /** The group size the rule uses: the municipality's setting, never below three. */
    public static int effectiveMinimum(int municipalitySetting) {
        return Math.max(ABSOLUTE_MINIMUM, municipalitySetting);
    }

    /** From the counts of 1s to 5s (index 0–4) and the "Ved ikke" answers. */
    public static ScaleSummary of(long[] counts, int dontKnow, int minimumGroupSize) {
        long n = 0;
        long sum = 0;
        long squares = 0;
        for (int k = 0; k < 5; k++) {
            n += counts[k];
            sum += (k + 1) * counts[k];
            squares += (long) (k + 1) * (k + 1) * counts[k];
        }
        return of(n, sum, squares, counts, dontKnow, minimumGroupSize);
    }

    /** From n, the sum and the sum of squares (what one SQL aggregate gives); counts may be null. */
    public static ScaleSummary of(long n, long sum, long squares, long[] counts, int dontKnow, int minimumGroupSize) {
        if (n < effectiveMinimum(minimumGroupSize)) {
            return new ScaleSummary((int) n, dontKnow, null, null, null, null);
        }
        double mean = (double) sum / n;
        double variance = Math.max(0, (squares - n * mean * mean) / (n - 1));
        double half = tQuantile975(n - 1) * Math.sqrt(variance / n);
        int[] shown = null;
        if (counts != null) {
            shown = new int[5];
            for (int k = 0; k < 5; k++) {
                shown[k] = (int) counts[k];
            }
        }
        return new ScaleSummary((int) n, dontKnow, round(mean), round(Math.max(1, mean - half)), round(Math.min(5, mean + half)), shown);
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static final double[] T975 = {Double.NaN, 12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004,
            2.262157, 2.228139, 2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
            2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.045230, 2.042272};

    /**
     * The 97.5 % quantile of Student's t with the given degrees of freedom: exact (six decimals) up to 30, above that
     * the Cornish–Fisher expansion around the normal quantile (error below 0.0001 from 30 on).
     */
    public static double tQuantile975(long df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom: " + df);
        }
        if (df < T975.length) {
            return T975[(int) df];
        }
        double z = 1.959963985;
        double v = df;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        double z7 = z5 * z * z;
        return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
    }
}
