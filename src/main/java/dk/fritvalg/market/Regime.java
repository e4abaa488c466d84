package dk.fritvalg.market;

import dk.fritvalg.municipality.ContractModel;
import java.time.Instant;
import java.time.LocalDate;

/** A service area under the approval or the tender model from a date, as decided (who, when, why). */
public record Regime(long serviceAreaId, ContractModel model, LocalDate validFrom, String reason, Instant decidedAt, String decidedBy) {
}
