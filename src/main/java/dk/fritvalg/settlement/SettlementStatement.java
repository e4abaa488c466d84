package dk.fritvalg.settlement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A month's settlement as staff (all providers) or one provider (its own lines) see it, with its totals. */
public record SettlementStatement(Run run, List<SettlementLine> lines, List<Total> providerTotals, List<Total> areaTotals, long totalOre) {

    /** Open: computed, may be computed again. Locked: never changes again. */
    public enum Status { OPEN, LOCKED }

    public record Run(long id, long municipalityId, YearMonth month, Status status, Instant computedAt, String computedBy, Instant lockedAt,
                      String lockedBy) {
        public boolean locked() {
            return status == Status.LOCKED;
        }
    }

    public record Total(long id, String name, long amountOre) {
    }
}
