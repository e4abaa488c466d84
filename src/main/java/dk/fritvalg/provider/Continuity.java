package dk.fritvalg.provider;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Staff continuity in one month: on average, how many different helpers came to each citizen. Fewer is
 * better. Withheld ({@code averageDistinctHelpers} is null) when built on fewer citizens than the
 * municipality's minimum group size.
 */
public record Continuity(YearMonth month, int citizens, BigDecimal averageDistinctHelpers) {

    static Continuity of(YearMonth month, int citizens, BigDecimal averageDistinctHelpers, int minimumGroupSize) {
        return new Continuity(month, citizens, citizens >= minimumGroupSize ? averageDistinctHelpers : null);
    }

    public boolean tooFewCitizens() {
        return averageDistinctHelpers == null;
    }
}
